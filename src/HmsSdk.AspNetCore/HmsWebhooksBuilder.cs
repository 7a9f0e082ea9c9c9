using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace HmsSdk.AspNetCore;

/// <summary>Registers webhook handlers; returned by <see cref="HmsWebhookServiceCollectionExtensions.AddHmsWebhooks"/>.</summary>
public sealed class HmsWebhooksBuilder
{
    internal HmsWebhooksBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>The service collection, for further registrations.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Runs <paramref name="handler"/> for every event of type <typeparamref name="TEvent"/> (and its subclasses).</summary>
    /// <typeparam name="TEvent">The event type, for example <see cref="PeerJoinSucceededEvent"/>; <see cref="HmsWebhookEvent"/> receives every event.</typeparam>
    /// <param name="handler">The callback.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
    public HmsWebhooksBuilder On<TEvent>(Func<TEvent, CancellationToken, Task> handler)
        where TEvent : HmsWebhookEvent
    {
        if (handler is null)
        {
            throw new ArgumentNullException(nameof(handler));
        }

        return On<TEvent>((evt, _, cancellationToken) => handler(evt, cancellationToken));
    }

    /// <summary>
    /// Runs <paramref name="handler"/> for every event of type <typeparamref name="TEvent"/>, with the per-event
    /// service provider so the callback can resolve scoped services.
    /// </summary>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <param name="handler">The callback: event, scoped service provider, cancellation token.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
    public HmsWebhooksBuilder On<TEvent>(Func<TEvent, IServiceProvider, CancellationToken, Task> handler)
        where TEvent : HmsWebhookEvent
    {
        if (handler is null)
        {
            throw new ArgumentNullException(nameof(handler));
        }

        var name = $"On<{typeof(TEvent).Name}>";
        Services.AddTransient<IHmsWebhookHandler>(services => new DelegateWebhookHandler(
            name,
            evt => evt is TEvent,
            (evt, cancellationToken) => handler((TEvent)evt, services, cancellationToken)));
        return this;
    }

    /// <summary>Runs <paramref name="handler"/> for event types this SDK version does not know (plain <see cref="HmsWebhookEvent"/> instances).</summary>
    /// <param name="handler">The callback.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
    public HmsWebhooksBuilder OnUnknown(Func<HmsWebhookEvent, CancellationToken, Task> handler)
    {
        if (handler is null)
        {
            throw new ArgumentNullException(nameof(handler));
        }

        Services.AddTransient<IHmsWebhookHandler>(_ => new DelegateWebhookHandler(
            "OnUnknown",
            evt => evt.GetType() == typeof(HmsWebhookEvent),
            handler));
        return this;
    }

    /// <summary>Registers <typeparamref name="THandler"/> as a scoped handler of every event.</summary>
    /// <typeparam name="THandler">The handler class.</typeparam>
    /// <returns>This builder.</returns>
    public HmsWebhooksBuilder AddHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>()
        where THandler : class, IHmsWebhookHandler
    {
        Services.AddScoped<IHmsWebhookHandler, THandler>();
        return this;
    }
}

/// <summary>Adapts a callback registered with <c>On</c>/<c>OnUnknown</c> to <see cref="IHmsWebhookHandler"/>.</summary>
internal sealed class DelegateWebhookHandler : IHmsWebhookHandler
{
    private readonly Func<HmsWebhookEvent, bool> _accepts;
    private readonly Func<HmsWebhookEvent, CancellationToken, Task> _handle;

    public DelegateWebhookHandler(string name, Func<HmsWebhookEvent, bool> accepts, Func<HmsWebhookEvent, CancellationToken, Task> handle)
    {
        Name = name;
        _accepts = accepts;
        _handle = handle;
    }

    public string Name { get; }

    public Task HandleAsync(HmsWebhookEvent webhookEvent, CancellationToken cancellationToken = default) =>
        _accepts(webhookEvent) ? _handle(webhookEvent, cancellationToken) : Task.CompletedTask;

    public override string ToString() => Name;
}

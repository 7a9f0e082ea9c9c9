using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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

    /// <summary>
    /// Stores every verified event in the SQLite file <paramref name="path"/> before answering 200 (the durable store,
    /// recommended). Events survive restarts and crashes; unfinished ones are dispatched again on start.
    /// </summary>
    /// <param name="path">The database file, for example <c>hms-webhooks.db</c>; one file per app instance, on a local disk.</param>
    /// <param name="configure">Further settings (capacity, synchronous mode).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace.</exception>
    public HmsWebhooksBuilder UseSqliteStore(string path, Action<SqliteHmsWebhookStoreOptions>? configure = null)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The SQLite webhook store needs a file path, for example \"hms-webhooks.db\".", nameof(path));
        }

        var options = new SqliteHmsWebhookStoreOptions { Path = path };
        configure?.Invoke(options);
        options.Validate();
        return UseStore(_ => new SqliteHmsWebhookStore(options));
    }

    /// <summary>
    /// Keeps events in process memory (lossy): everything acknowledged but not yet handled is lost if the process stops
    /// or crashes, and 100ms does not send it again. Capacity is <see cref="HmsWebhookReceiverOptions.QueueCapacity"/>.
    /// </summary>
    /// <returns>This builder.</returns>
    public HmsWebhooksBuilder UseInMemoryQueue() =>
        UseStore(services => new InMemoryHmsWebhookStore(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HmsWebhookReceiverOptions>>().Value.QueueCapacity));

    /// <summary>Uses your own <see cref="IHmsWebhookStore"/> (a database you already run, say). Replaces any store chosen before.</summary>
    /// <param name="factory">Creates the store once (a singleton).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is null.</exception>
    public HmsWebhooksBuilder UseStore(Func<IServiceProvider, IHmsWebhookStore> factory)
    {
        if (factory is null)
        {
            throw new ArgumentNullException(nameof(factory));
        }

        Services.RemoveAll<IHmsWebhookStore>();
        Services.AddSingleton(factory);
        return this;
    }

    /// <summary>
    /// Adds the recovery service: on start and every <see cref="HmsWebhookRecoveryOptions.Interval"/> it reads failed
    /// deliveries from the 100ms webhook history since its checkpoint and asks the replay API to send them again. Needs an
    /// <see cref="IHmsClient"/> in DI (<c>services.AddHmsClient(...)</c>).
    /// </summary>
    /// <param name="configure">Interval, look-back and settle delay.</param>
    /// <returns>This builder.</returns>
    public HmsWebhooksBuilder AddRecovery(Action<HmsWebhookRecoveryOptions>? configure = null)
    {
        var options = Services.AddOptions<HmsWebhookRecoveryOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, HmsWebhookRecoveryService>());
        return this;
    }

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

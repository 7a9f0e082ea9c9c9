using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using HmsSdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="HmsClient"/> and its services with dependency injection.</summary>
/// <example>
/// <code>
/// builder.Services.AddHmsClient(builder.Configuration.GetSection("Hms"))
///     .AddStandardResilienceHandler(); // optional: the SDK's own retries then step aside
/// app.MapGet("/rooms/{id}", (string id, IRoomsService rooms, CancellationToken ct) => rooms.GetAsync(id, cancellationToken: ct));
/// </code>
/// </example>
public static class HmsServiceCollectionExtensions
{
    /// <summary>The HttpClient name used for the default (unnamed) client.</summary>
    public const string DefaultHttpClientName = "HmsSdk";

    /// <summary>
    /// Registers a singleton <see cref="IHmsClient"/>, every service interface, and a typed HttpClient, reading
    /// options from a configuration section (keys <c>AccessKey</c>, <c>Secret</c>, <c>BaseUri</c>, <c>Timeout</c>,
    /// <c>MaxRetries</c>, <c>UserAgentSuffix</c>, ...). Options are validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, for example <c>configuration.GetSection("Hms")</c>.</param>
    /// <returns>The HttpClient builder, to chain handlers such as <c>AddStandardResilienceHandler()</c>.</returns>
    public static IHttpClientBuilder AddHmsClient(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        return services.AddHmsClient(options => Bind(configuration, options));
    }

    /// <summary>Registers the default client with options configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The HttpClient builder.</returns>
    public static IHttpClientBuilder AddHmsClient(this IServiceCollection services, Action<HmsClientOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var builder = AddClientCore(services, Options.Options.DefaultName, DefaultHttpClientName, configure);
        services.TryAddSingleton<IHmsClient>(sp => sp.GetRequiredService<IHmsClientFactory>().GetClient(Options.Options.DefaultName));
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().Auth);
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().Rooms);
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().ActiveRooms);
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().Sessions);
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().Recordings);
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().RecordingAssets);
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().LiveStreams);
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().ExternalStreams);
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().RoomCodes);
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().Analytics);
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().Templates);
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().Polls);
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().StreamKeys);
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().Sip);
        services.TryAddSingleton(sp => sp.GetRequiredService<IHmsClient>().Api);
        return builder;
    }

    /// <summary>
    /// Registers a named client, for apps that talk to several 100ms workspaces. Resolve it with
    /// <see cref="IHmsClientFactory.GetClient(string)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client name.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The HttpClient builder of this named client.</returns>
    public static IHttpClientBuilder AddHmsClient(this IServiceCollection services, string name, Action<HmsClientOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("The client name cannot be empty.", nameof(name));
        }

        return AddClientCore(services, name, DefaultHttpClientName + "." + name, configure);
    }

    /// <summary>Registers a named client from a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client name.</param>
    /// <param name="configuration">The section.</param>
    /// <returns>The HttpClient builder of this named client.</returns>
    public static IHttpClientBuilder AddHmsClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        return services.AddHmsClient(name, options => Bind(configuration, options));
    }

    private static IHttpClientBuilder AddClientCore(IServiceCollection services, string name, string httpClientName, Action<HmsClientOptions> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        services.AddOptions<HmsClientOptions>(name)
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HmsClientOptions>, HmsClientOptionsValidator>());
        services.TryAddSingleton<IHmsClientFactory, HmsClientFactory>();
        services.Configure<HmsClientRegistrations>(r => r.HttpClientNames[name] = httpClientName);

        var builder = services.AddHttpClient(httpClientName);
#if NET8_0_OR_GREATER
        // The SDK keeps one HttpClient for the app's lifetime; pooled-connection lifetime (not handler rotation) refreshes DNS.
        builder.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        builder.SetHandlerLifetime(System.Threading.Timeout.InfiniteTimeSpan);
#endif
        builder.ConfigureHttpClient(client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan);
        return builder;
    }

    private static void Bind(IConfiguration section, HmsClientOptions options)
    {
        // Hand-written binding keeps the SDK trimming- and NativeAOT-safe (no reflection binder).
        Set(section["AccessKey"], v => options.AccessKey = v);
        Set(section["Secret"], v => options.Secret = v);
        Set(section["BaseUri"], v => options.BaseUri = new Uri(v, UriKind.Absolute));
        Set(section["AuthBaseUri"], v => options.AuthBaseUri = new Uri(v, UriKind.Absolute));
        Set(section["Timeout"], v => options.Timeout = TimeSpan.Parse(v, CultureInfo.InvariantCulture));
        Set(section["UserAgentSuffix"], v => options.UserAgentSuffix = v);
        Set(section["LogBodies"], v => options.LogBodies = bool.Parse(v));
        Set(section["CacheAuthTokens"], v => options.CacheAuthTokens = bool.Parse(v));
        Set(section["AuthTokenCacheCapacity"], v => options.AuthTokenCacheCapacity = int.Parse(v, CultureInfo.InvariantCulture));
        Set(section["ManagementTokenLifetime"], v => options.ManagementTokenLifetime = TimeSpan.Parse(v, CultureInfo.InvariantCulture));
        Set(section["ManagementTokenRefreshBeforeExpiry"], v => options.ManagementTokenRefreshBeforeExpiry = TimeSpan.Parse(v, CultureInfo.InvariantCulture));
        Set(section["MaxRetries"] ?? section["Retry:MaxRetries"], v => options.Retry.MaxRetries = int.Parse(v, CultureInfo.InvariantCulture));
        Set(section["Retry:Delay"], v => options.Retry.Delay = TimeSpan.Parse(v, CultureInfo.InvariantCulture));
        Set(section["Retry:MaxDelay"], v => options.Retry.MaxDelay = TimeSpan.Parse(v, CultureInfo.InvariantCulture));
        Set(section["Retry:UseJitter"], v => options.Retry.UseJitter = bool.Parse(v));
        Set(section["Retry:RefreshTokenOnAuthFailure"], v => options.Retry.RefreshTokenOnAuthFailure = bool.Parse(v));
    }

    private static void Set(string? value, Action<string> apply)
    {
        if (!string.IsNullOrEmpty(value))
        {
            apply(value!);
        }
    }
}

/// <summary>Creates the clients registered with <c>AddHmsClient</c>, by name.</summary>
public interface IHmsClientFactory
{
    /// <summary>Returns the singleton client registered under <paramref name="name"/> (<c>""</c> for the default one).</summary>
    /// <param name="name">The registration name.</param>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">No client was registered under that name.</exception>
    IHmsClient GetClient(string name);
}

/// <summary>Runs the constructor's checks at host start, reporting the reason instead of throwing.</summary>
internal sealed class HmsClientOptionsValidator : IValidateOptions<HmsClientOptions>
{
    public ValidateOptionsResult Validate(string? name, HmsClientOptions options)
    {
        try
        {
            HmsClient.Resolve(options, Environment.GetEnvironmentVariable);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"HmsClient '{name}': {ex.Message}");
        }
    }
}

/// <summary>Which HttpClient each registered HmsClient uses.</summary>
internal sealed class HmsClientRegistrations
{
    public System.Collections.Generic.Dictionary<string, string> HttpClientNames { get; } = new(StringComparer.Ordinal);
}

internal sealed class HmsClientFactory : IHmsClientFactory, IDisposable
{
    private const string ResilienceHandlerTypeName = "Microsoft.Extensions.Http.Resilience.ResilienceHandler";

    private readonly IOptionsMonitor<HmsClientOptions> _options;
    private readonly IOptions<HmsClientRegistrations> _registrations;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IHttpMessageHandlerFactory _handlerFactory;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<HmsClient>> _clients = new(StringComparer.Ordinal);

    public HmsClientFactory(
        IOptionsMonitor<HmsClientOptions> options,
        IOptions<HmsClientRegistrations> registrations,
        IHttpClientFactory httpClientFactory,
        IHttpMessageHandlerFactory handlerFactory,
        IServiceProvider services)
    {
        _options = options;
        _registrations = registrations;
        _httpClientFactory = httpClientFactory;
        _handlerFactory = handlerFactory;
        _loggerFactory = services.GetService(typeof(ILoggerFactory)) as ILoggerFactory;
    }

    public IHmsClient GetClient(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (!_registrations.Value.HttpClientNames.TryGetValue(name, out var httpClientName))
        {
            throw new InvalidOperationException($"No HmsClient was registered under the name '{name}'. Call services.AddHmsClient(\"{name}\", ...).");
        }

        return _clients.GetOrAdd(name, n => new Lazy<HmsClient>(() => Create(n, httpClientName))).Value;
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values.Where(c => c.IsValueCreated))
        {
            client.Value.Dispose();
        }
    }

    private HmsClient Create(string name, string httpClientName)
    {
        var options = _options.Get(name).Clone();
        options.HttpClient = _httpClientFactory.CreateClient(httpClientName);
        options.HttpMessageHandler = null;
        options.LoggerFactory ??= _loggerFactory;
        if (HasOuterResilienceHandler(httpClientName))
        {
            // Two retry layers multiply attempts; the user's standard resilience handler wins.
            options.Retry.MaxRetries = 0;
        }

        return new HmsClient(options);
    }

    private bool HasOuterResilienceHandler(string httpClientName)
    {
        var handler = _handlerFactory.CreateHandler(httpClientName);
        for (var current = handler as DelegatingHandler; current is not null; current = current.InnerHandler as DelegatingHandler)
        {
            if (current.GetType().FullName == ResilienceHandlerTypeName)
            {
                return true;
            }
        }

        return false;
    }
}

using System;
using System.Net.Http;
using System.Runtime.InteropServices;
using HmsSdk.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmsSdk;

/// <summary>
/// The 100ms server SDK client. Thread-safe: create one per app access key and share it.
/// </summary>
/// <example>
/// <code>
/// using var hms = new HmsClient("access-key", "app-secret");
/// var room = await hms.Rooms.CreateAsync(new CreateRoomOptions { Name = "standup" });
/// var token = hms.Auth.CreateAuthToken(new AuthTokenOptions(room.Id, "host") { UserId = "u-42" });
/// </code>
/// </example>
public class HmsClient : IHmsClient, IDisposable
{
    /// <summary>The variable holding the app access key.</summary>
    public const string AccessKeyVariable = "HMS_ACCESS_KEY";

    /// <summary>The variable holding the app secret.</summary>
    public const string SecretVariable = "HMS_SECRET";

    /// <summary>The variable selecting the environment; <c>nonprod</c> targets the non-production API.</summary>
    public const string EnvironmentVariable = "HMS_ENV";

    private static readonly Uri DefaultAuthBaseUri = new("https://auth.100ms.live/v2");

    // One handler for every client in the process: connection pooling, and DNS refresh through PooledConnectionLifetime.
    private static readonly Lazy<HttpClient> SharedHttpClient = new(CreateSharedHttpClient);

    private readonly HttpClient? _ownedHttpClient;
    private readonly string _accessKey;

    /// <summary>Creates a client from <c>HMS_ACCESS_KEY</c>, <c>HMS_SECRET</c> and <c>HMS_ENV</c>.</summary>
    /// <exception cref="ArgumentException">A credential is missing; the message names it.</exception>
    public HmsClient()
        : this(new HmsClientOptions())
    {
    }

    /// <summary>Creates a client; each missing (null or empty) credential falls back to its environment variable.</summary>
    /// <param name="accessKey">The app access key, or null to read <c>HMS_ACCESS_KEY</c>.</param>
    /// <param name="secret">The app secret, or null to read <c>HMS_SECRET</c>.</param>
    /// <exception cref="ArgumentException">A credential is missing; the message names it.</exception>
    public HmsClient(string? accessKey, string? secret)
        : this(new HmsClientOptions { AccessKey = accessKey, Secret = secret })
    {
    }

    /// <summary>Creates a client from options, which are copied and validated now.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A credential is missing or an option is out of range.</exception>
    public HmsClient(HmsClientOptions options)
        : this(options, Environment.GetEnvironmentVariable)
    {
    }

    internal HmsClient(HmsClientOptions options, Func<string, string?> readEnvironment)
    {
        Guard.NotNull(options, nameof(options));
        var resolved = Resolve(options, readEnvironment);
        _accessKey = resolved.AccessKey!;
        var timeProvider = resolved.TimeProvider ?? TimeProvider.System;
        HttpClient httpClient;
        if (resolved.HttpClient is not null)
        {
            httpClient = resolved.HttpClient;
        }
        else if (resolved.HttpMessageHandler is not null)
        {
            _ownedHttpClient = new HttpClient(resolved.HttpMessageHandler, disposeHandler: false) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            httpClient = _ownedHttpClient;
        }
        else
        {
            httpClient = SharedHttpClient.Value;
        }

        var auth = new AuthService(new HmsTokenSettings
        {
            AccessKey = resolved.AccessKey!,
            Secret = resolved.Secret!,
            TimeProvider = timeProvider,
            TokenIdGenerator = resolved.TokenIdGenerator,
            ManagementTokenLifetime = resolved.ManagementTokenLifetime,
            RefreshBeforeExpiry = resolved.ManagementTokenRefreshBeforeExpiry,
            CacheAuthTokens = resolved.CacheAuthTokens,
            AuthTokenCacheCapacity = resolved.AuthTokenCacheCapacity,
        });
        var baseUri = resolved.BaseUri!;
        var logger = (resolved.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("HmsSdk");
        Pipeline = new HmsPipeline(new PipelineSettings
        {
            HttpClient = httpClient,
            BaseUri = baseUri.AbsoluteUri.TrimEnd('/'),
            TimeProvider = timeProvider,
            Retry = resolved.Retry,
            Timeout = resolved.Timeout,
            MaxResponseBytes = resolved.MaxResponseBytes,
            PageReadAhead = resolved.PageReadAhead,
            UserAgent = BuildUserAgent(resolved.UserAgentSuffix),
            ManagementToken = auth.GetManagementTokenValue,
            Diagnostics = new HmsDiagnostics(logger, timeProvider, baseUri, resolved.LogBodies),
        });
        AuthBaseUri = resolved.AuthBaseUri ?? DefaultAuthBaseUri;
        Options = resolved;

        Auth = auth;
        Rooms = new RoomsService(Pipeline);
        ActiveRooms = new ActiveRoomsService(Pipeline);
        Sessions = new SessionsService(Pipeline);
        Recordings = new RecordingsService(Pipeline);
        RecordingAssets = new RecordingAssetsService(Pipeline);
        LiveStreams = new LiveStreamsService(Pipeline);
        ExternalStreams = new ExternalStreamsService(Pipeline);
        RoomCodes = new RoomCodesService(Pipeline, AuthBaseUri);
        Analytics = new AnalyticsService(Pipeline);
        Templates = new TemplatesService(Pipeline);
        Polls = new PollsService(Pipeline);
        StreamKeys = new StreamKeysService(Pipeline);
        Sip = new SipService(Pipeline);
        Api = new ApiService(Pipeline);
    }

    /// <summary>Creates a client from <c>HMS_ACCESS_KEY</c>, <c>HMS_SECRET</c> and <c>HMS_ENV</c>.</summary>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentException">A variable is missing; the message names it.</exception>
    public static HmsClient FromEnvironment() => new();

    /// <inheritdoc />
    public virtual IAuthService Auth { get; }

    /// <inheritdoc />
    public virtual IRoomsService Rooms { get; }

    /// <inheritdoc />
    public virtual IActiveRoomsService ActiveRooms { get; }

    /// <inheritdoc />
    public virtual ISessionsService Sessions { get; }

    /// <inheritdoc />
    public virtual IRecordingsService Recordings { get; }

    /// <inheritdoc />
    public virtual IRecordingAssetsService RecordingAssets { get; }

    /// <inheritdoc />
    public virtual ILiveStreamsService LiveStreams { get; }

    /// <inheritdoc />
    public virtual IExternalStreamsService ExternalStreams { get; }

    /// <inheritdoc />
    public virtual IRoomCodesService RoomCodes { get; }

    /// <inheritdoc />
    public virtual IAnalyticsService Analytics { get; }

    /// <inheritdoc />
    public virtual ITemplatesService Templates { get; }

    /// <inheritdoc />
    public virtual IPollsService Polls { get; }

    /// <inheritdoc />
    public virtual IStreamKeysService StreamKeys { get; }

    /// <inheritdoc />
    public virtual ISipService Sip { get; }

    /// <inheritdoc />
    public virtual IApiService Api { get; }

    /// <summary>The REST API base this client calls.</summary>
    public Uri BaseUri => Options.BaseUri!;

    internal HmsPipeline Pipeline { get; }

    internal Uri AuthBaseUri { get; }

    /// <summary>The resolved, private copy of the options.</summary>
    internal HmsClientOptions Options { get; }

    /// <summary>Disposes only what the client created; an injected HttpClient or handler stays usable.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Never shows the secret.</summary>
    /// <returns>The access key and base URI.</returns>
    public override string ToString() => $"HmsClient(access key {_accessKey}, {Options.BaseUri})";

    /// <summary>Releases the HttpClient the client created for a user-supplied handler.</summary>
    /// <param name="disposing">True from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ownedHttpClient?.Dispose();
        }
    }

    /// <summary>Copies and validates options, filling credentials and the base URI from the environment.</summary>
    internal static HmsClientOptions Resolve(HmsClientOptions options, Func<string, string?> readEnvironment)
    {
        var resolved = options.Clone();
        if (string.IsNullOrEmpty(resolved.AccessKey))
        {
            resolved.AccessKey = readEnvironment(AccessKeyVariable);
        }

        if (string.IsNullOrEmpty(resolved.Secret))
        {
            resolved.Secret = readEnvironment(SecretVariable);
        }

        var missingKey = string.IsNullOrEmpty(resolved.AccessKey);
        var missingSecret = string.IsNullOrEmpty(resolved.Secret);
        if (missingKey || missingSecret)
        {
            var what = missingKey && missingSecret
                ? $"the access key and the secret (pass them, or set {AccessKeyVariable} and {SecretVariable})"
                : missingKey
                    ? $"the access key (pass it, or set {AccessKeyVariable})"
                    : $"the secret (pass it, or set {SecretVariable})";
            throw new ArgumentException($"Please provide access key and secret key: missing {what}.", missingKey ? nameof(HmsClientOptions.AccessKey) : nameof(HmsClientOptions.Secret));
        }

        if (resolved.BaseUri is null)
        {
            var environment = readEnvironment(EnvironmentVariable);
            resolved.BaseUri = string.Equals(environment, "nonprod", StringComparison.OrdinalIgnoreCase)
                ? HmsEnvironment.NonProduction
                : HmsEnvironment.Production;
        }

        Validate(resolved);
        return resolved;
    }

    private static void Validate(HmsClientOptions options)
    {
        if (!options.BaseUri!.IsAbsoluteUri || (options.BaseUri.Scheme != Uri.UriSchemeHttps && options.BaseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("BaseUri must be an absolute http(s) URI.", nameof(HmsClientOptions.BaseUri));
        }

        if (options.AuthBaseUri is { } auth && (!auth.IsAbsoluteUri || (auth.Scheme != Uri.UriSchemeHttps && auth.Scheme != Uri.UriSchemeHttp)))
        {
            throw new ArgumentException("AuthBaseUri must be an absolute http(s) URI.", nameof(HmsClientOptions.AuthBaseUri));
        }

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(HmsClientOptions.Timeout), options.Timeout, "Timeout must be positive or Timeout.InfiniteTimeSpan.");
        }

        if (options.ManagementTokenLifetime < TimeSpan.FromMinutes(1))
        {
            throw new ArgumentOutOfRangeException(nameof(HmsClientOptions.ManagementTokenLifetime), options.ManagementTokenLifetime, "ManagementTokenLifetime must be at least one minute.");
        }

        if (options.ManagementTokenRefreshBeforeExpiry < TimeSpan.Zero || options.ManagementTokenRefreshBeforeExpiry >= options.ManagementTokenLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(HmsClientOptions.ManagementTokenRefreshBeforeExpiry), options.ManagementTokenRefreshBeforeExpiry, "ManagementTokenRefreshBeforeExpiry must be non-negative and shorter than ManagementTokenLifetime.");
        }

        if (options.AuthTokenCacheCapacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(HmsClientOptions.AuthTokenCacheCapacity), options.AuthTokenCacheCapacity, "AuthTokenCacheCapacity must be at least 1.");
        }

        if (options.MaxResponseBytes < 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(HmsClientOptions.MaxResponseBytes), options.MaxResponseBytes, "MaxResponseBytes must be at least 1024.");
        }

        if (options.UserAgentSuffix is { } suffix && (suffix.IndexOf('\r') >= 0 || suffix.IndexOf('\n') >= 0))
        {
            throw new ArgumentException("UserAgentSuffix cannot contain line breaks.", nameof(HmsClientOptions.UserAgentSuffix));
        }

        options.Retry.Validate();
    }

    internal static string BuildUserAgent(string? suffix)
    {
        var version = typeof(HmsClient).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var framework = RuntimeInformation.FrameworkDescription.Replace('(', '[').Replace(')', ']');
        var os = RuntimeInformation.OSDescription.Replace('(', '[').Replace(')', ']');
        var agent = $"HmsSdk/{version} ({framework}; {os})";
        return string.IsNullOrWhiteSpace(suffix) ? agent : agent + " " + suffix!.Trim();
    }

    private static HttpClient CreateSharedHttpClient()
    {
#if NET8_0_OR_GREATER
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        };
#else
        var handler = new HttpClientHandler
        {
            AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate,
        };
#endif
        // The per-attempt timeout is the SDK's; HttpClient's own would fire as an indistinguishable cancellation.
        return new HttpClient(handler, disposeHandler: false) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }
}

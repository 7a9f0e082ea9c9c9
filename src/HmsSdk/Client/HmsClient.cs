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

    /// <summary>
    /// The variable selecting the environment: <c>nonprod</c> targets the non-production API; <c>prod</c>,
    /// <c>production</c>, empty or unset the production API. Values are trimmed and case-insensitive; any other value
    /// throws <see cref="ArgumentException"/> listing the accepted ones, never a silent fallback to production.
    /// </summary>
    public const string EnvironmentVariable = "HMS_ENV";

    private static readonly Uri DefaultAuthBaseUri = new("https://auth.100ms.live/v2");

    // One handler for every client in the process: connection pooling, and DNS refresh through PooledConnectionLifetime.
    private static readonly Lazy<HttpMessageInvoker> SharedTransport = new(CreateSharedTransport);

    private readonly ClientLifetime _lifetime = new();
    private readonly HttpMessageInvoker? _ownedTransport;
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
        : this(new HmsClientOptions { AccessKey = accessKey, Secret = secret, CredentialsFromArguments = true })
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
        // The SDK's own handlers are driven through an HttpMessageInvoker, not an HttpClient (see HmsPipeline.SendMessageAsync).
        HttpMessageInvoker transport;
        if (resolved.HttpClient is not null)
        {
            transport = resolved.HttpClient;
        }
        else if (resolved.HttpMessageHandler is not null)
        {
            _ownedTransport = new HttpMessageInvoker(resolved.HttpMessageHandler, disposeHandler: false);
            transport = _ownedTransport;
        }
        else
        {
            transport = SharedTransport.Value;
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
            Transport = transport,
            BaseUri = baseUri.AbsoluteUri.TrimEnd('/'),
            TimeProvider = timeProvider,
            Retry = resolved.Retry,
            Timeout = resolved.Timeout,
            MaxResponseBytes = resolved.MaxResponseBytes,
            PageReadAhead = resolved.PageReadAhead,
            UserAgent = BuildUserAgent(resolved.UserAgentSuffix),
            ManagementToken = auth.GetManagementTokenValue,
            Diagnostics = new HmsDiagnostics(logger, timeProvider, baseUri, resolved.LogBodies),
            Lifetime = _lifetime,
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

    /// <summary>
    /// Disposes only what the client created; an injected HttpClient or handler stays usable. Afterwards every call
    /// that would send a request (pagers created earlier included) throws <see cref="ObjectDisposedException"/> before
    /// any HTTP. Minting tokens (<see cref="IAuthService.CreateAuthToken"/>, <see cref="IAuthService.GetManagementToken"/>)
    /// stays allowed: it is local signing that uses nothing the client disposed.
    /// </summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Never shows the secret.</summary>
    /// <returns>The access key and base URI.</returns>
    public override string ToString() => $"HmsClient(access key {_accessKey}, {Options.BaseUri})";

    /// <summary>Releases the invoker the client created for a user-supplied handler (never the handler itself).</summary>
    /// <param name="disposing">True from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _lifetime.Dispose())
        {
            _ownedTransport?.Dispose();
        }
    }

    /// <summary>The values <c>HMS_ENV</c> accepts (trimmed, case-insensitive); unset or empty means production.</summary>
    internal static readonly string[] EnvironmentNames = { "prod", "production", "nonprod" };

    /// <summary>Copies and validates options, filling credentials and the base URI from the environment.</summary>
    internal static HmsClientOptions Resolve(HmsClientOptions options, Func<string, string?> readEnvironment)
    {
        var resolved = options.Clone();
        var keyName = options.CredentialsFromArguments ? "accessKey" : "options.AccessKey";
        var secretName = options.CredentialsFromArguments ? "secret" : "options.Secret";
        var paramName = options.CredentialsFromArguments ? null : "options";
        if (string.IsNullOrEmpty(resolved.AccessKey))
        {
            resolved.AccessKey = readEnvironment(AccessKeyVariable);
            keyName = AccessKeyVariable;
        }

        if (string.IsNullOrEmpty(resolved.Secret))
        {
            resolved.Secret = readEnvironment(SecretVariable);
            secretName = SecretVariable;
        }

        var keyArgument = options.CredentialsFromArguments ? "accessKey" : "options.AccessKey";
        var secretArgument = options.CredentialsFromArguments ? "secret" : "options.Secret";
        var missingKey = string.IsNullOrEmpty(resolved.AccessKey);
        var missingSecret = string.IsNullOrEmpty(resolved.Secret);
        if (missingKey || missingSecret)
        {
            var what = missingKey && missingSecret
                ? $"the access key and the secret (pass '{keyArgument}' and '{secretArgument}', or set {AccessKeyVariable} and {SecretVariable})"
                : missingKey
                    ? $"the access key (pass '{keyArgument}', or set {AccessKeyVariable})"
                    : $"the secret (pass '{secretArgument}', or set {SecretVariable})";
            // Reported under the environment variable, the last place looked (the message names both).
            throw new ArgumentException($"Please provide access key and secret key: missing {what}.", missingKey ? AccessKeyVariable : SecretVariable);
        }

        CheckCredential(resolved.AccessKey!, keyName, paramName ?? "accessKey");
        CheckCredential(resolved.Secret!, secretName, paramName ?? "secret");
        if (resolved.BaseUri is null)
        {
            resolved.BaseUri = ParseEnvironment(readEnvironment(EnvironmentVariable));
        }

        Validate(resolved);
        return resolved;
    }

    /// <summary>Maps <c>HMS_ENV</c> to a base URI; an unknown value is a mistake, never a silent production.</summary>
    internal static Uri ParseEnvironment(string? value)
    {
        var name = value?.Trim() ?? string.Empty;
        if (name.Length == 0 || name.Equals("prod", StringComparison.OrdinalIgnoreCase) || name.Equals("production", StringComparison.OrdinalIgnoreCase))
        {
            return HmsEnvironment.Production;
        }

        if (name.Equals("nonprod", StringComparison.OrdinalIgnoreCase))
        {
            return HmsEnvironment.NonProduction;
        }

        throw new ArgumentException(
            $"'{EnvironmentVariable}' is {Guard.Echo(value)}; accepted values are {string.Join(", ", EnvironmentNames)} (trimmed, any case), or unset for production.",
            EnvironmentVariable);
    }

    /// <summary>A key or secret with white space or control characters is a copy-paste slip that would surface as a 401.</summary>
    private static void CheckCredential(string value, string target, string paramName)
    {
        // Env-var mistakes are reported under the variable's name, the thing the user has to fix.
        var param = target.StartsWith("HMS_", StringComparison.Ordinal) ? target : paramName;
        Guard.MaxLength(Guard.Text(value, param, target), Guard.MaxIdLength, param, target);
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException($"'{target}' cannot contain line breaks or other control characters.", param);
            }
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]))
        {
            throw new ArgumentException($"'{target}' has leading or trailing white space; copy the value without it.", param);
        }
    }

    private static void Validate(HmsClientOptions options)
    {
        const string param = "options";
        if (!options.BaseUri!.IsAbsoluteUri || (options.BaseUri.Scheme != Uri.UriSchemeHttps && options.BaseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("'options.BaseUri' must be an absolute http(s) URI.", param);
        }

        if (options.AuthBaseUri is { } auth && (!auth.IsAbsoluteUri || (auth.Scheme != Uri.UriSchemeHttps && auth.Scheme != Uri.UriSchemeHttp)))
        {
            throw new ArgumentException("'options.AuthBaseUri' must be an absolute http(s) URI.", param);
        }

        HmsRequestOptionsValidator.CheckTimeout(options.Timeout, param, "options.Timeout");
        if (options.ManagementTokenLifetime < TimeSpan.FromMinutes(1) || options.ManagementTokenLifetime > MaxTokenLifetime)
        {
            throw Guard.OutOfRange(param, "options.ManagementTokenLifetime", options.ManagementTokenLifetime, TimeSpan.FromMinutes(1), MaxTokenLifetime);
        }

        if (options.ManagementTokenRefreshBeforeExpiry < TimeSpan.Zero || options.ManagementTokenRefreshBeforeExpiry >= options.ManagementTokenLifetime)
        {
            throw new ArgumentOutOfRangeException(param, options.ManagementTokenRefreshBeforeExpiry, "'options.ManagementTokenRefreshBeforeExpiry' must be non-negative and shorter than 'options.ManagementTokenLifetime'.");
        }

        if (options.AuthTokenCacheCapacity < 1)
        {
            throw Guard.OutOfRange(param, "options.AuthTokenCacheCapacity", options.AuthTokenCacheCapacity, 1, int.MaxValue);
        }

        if (options.MaxResponseBytes < 1024)
        {
            throw Guard.OutOfRange(param, "options.MaxResponseBytes", options.MaxResponseBytes, 1024, int.MaxValue);
        }

        if (options.UserAgentSuffix is { } suffix)
        {
            Guard.MaxLength(Guard.Text(suffix, param, "options.UserAgentSuffix"), MaxUserAgentSuffixLength, param, "options.UserAgentSuffix");
            foreach (var c in suffix)
            {
                if (c < 0x20 || c > 0x7E)
                {
                    throw new ArgumentException("'options.UserAgentSuffix' can hold only visible ASCII and spaces (no line breaks).", param);
                }
            }
        }

        Guard.NotNull(options.Retry, param, "options.Retry").Validate(param, "options.Retry");
    }

    /// <summary>The longest User-Agent suffix: the whole header must stay well under common 8 KiB limits.</summary>
    private const int MaxUserAgentSuffixLength = 256;

    /// <summary>The longest management-token lifetime: the JWT <c>exp</c> must stay a representable date.</summary>
    private static readonly TimeSpan MaxTokenLifetime = TimeSpan.FromDays(3650);

    internal static string BuildUserAgent(string? suffix)
    {
        var version = typeof(HmsClient).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var framework = RuntimeInformation.FrameworkDescription.Replace('(', '[').Replace(')', ']');
        var os = RuntimeInformation.OSDescription.Replace('(', '[').Replace(')', ']');
        var agent = $"HmsSdk/{version} ({framework}; {os})";
        return string.IsNullOrWhiteSpace(suffix) ? agent : agent + " " + suffix!.Trim();
    }

    private static HttpMessageInvoker CreateSharedTransport()
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
        // The per-attempt timeout is the SDK's; an invoker has no timeout of its own to fire as an indistinguishable cancellation.
        return new HttpMessageInvoker(handler, disposeHandler: false);
    }
}

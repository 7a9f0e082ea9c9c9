using System;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using HmsSdk.Http;
using HmsSdk.Paging;
using HmsSdk.Templates;

namespace HmsSdk;

/// <summary>
/// Manages templates (policies): roles, settings, destinations and recording configs (<c>/templates</c>).
/// Template bodies and responses are camelCase JSON, unlike the rest of the API; the models carry the right names.
/// </summary>
/// <example>
/// <code>
/// var template = await hms.Templates.CreateAsync(new CreateTemplateOptions
/// {
///     Name = "webinar",
///     Roles = new Dictionary&lt;string, TemplateRole&gt;
///     {
///         ["host"] = new TemplateRole { Priority = 1, Permissions = new RolePermissions { EndRoom = true } },
///         ["viewer"] = new TemplateRole { Priority = 5, PublishParams = new RolePublishParams { Allowed = new List&lt;AllowedTrackType&gt;() } },
///     },
/// });
///
/// var viewer = await hms.Templates.GetRoleAsync(template.Id!, "viewer");
/// viewer.MaxPeerCount = 500;
/// await hms.Templates.CreateOrUpdateRoleAsync(template.Id!, "viewer", viewer);
///
/// await hms.Templates.ConfigureRecordingsAsync(template.Id!, new[]
/// {
///     new RecordingConfig { Name = "default", Role = "host", TrackRecording = new TrackRecordingConfig { Enabled = true } },
/// });
///
/// await foreach (var t in hms.Templates.ListAsync(new TemplateListOptions { Limit = 50 }))
///     Console.WriteLine($"{t.Id} {t.Name}");
/// </code>
/// </example>
public interface ITemplatesService
{
    /// <summary>Creates a template. Creating one with the name of an existing template overwrites that template.</summary>
    /// <param name="options">The template; null creates one with a generated name and default settings.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created template.</returns>
    /// <exception cref="ArgumentException">The name has characters outside <c>a-z A-Z 0-9 space - . _ :</c>, a role name is blank or a role null, or <c>roomState.messageInterval</c> is not a multiple of 5 in 5–3600.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A role's priority is outside 1–5.</exception>
    /// <exception cref="HmsApiException">The API answered with an error status.</exception>
    Task<Template> CreateAsync(CreateTemplateOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the workspace's templates, fetching pages as they are enumerated.</summary>
    /// <param name="options">The page size (10–100).</param>
    /// <param name="requestOptions">Per-call overrides, applied to every page.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The templates.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="TemplateListOptions.Limit"/> is outside 10–100.</exception>
    HmsAsyncPageable<Template> ListAsync(TemplateListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Retrieves a template by id.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentException"><paramref name="templateId"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">No such template.</exception>
    Task<Template> GetAsync(string templateId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Updates a template with <b>full overwrite semantics</b>: the roles, settings and destinations sent replace the
    /// template's, so anything left out is removed. Retrieve the template first and send it back changed.
    /// </summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="options">The complete template; <see cref="TemplateDefinition.Roles"/>, <see cref="TemplateDefinition.Settings"/> and <see cref="TemplateDefinition.Destinations"/> are required.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated template.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="templateId"/> is invalid, a required part of <paramref name="options"/> is missing, or it breaks a rule listed on <see cref="CreateAsync"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A role's priority is outside 1–5.</exception>
    /// <exception cref="HmsApiException">The API answered with an error status.</exception>
    Task<Template> UpdateAsync(string templateId, UpdateTemplateOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Retrieves one role of a template.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="roleName">The role name.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The role.</returns>
    /// <exception cref="ArgumentException"><paramref name="templateId"/> or <paramref name="roleName"/> is null, blank, <c>.</c> or <c>..</c>.</exception>
    /// <exception cref="HmsNotFoundException">No such template or role.</exception>
    Task<TemplateRole> GetRoleAsync(string templateId, string roleName, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a role, or replaces it when a role of that name exists.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="roleName">The role name (path segment).</param>
    /// <param name="role">The role object; unset fields get the server's defaults.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The role as stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="role"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="templateId"/> or <paramref name="roleName"/> is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The role's priority is outside 1–5.</exception>
    /// <exception cref="HmsApiException">The API answered with an error status.</exception>
    Task<TemplateRole> CreateOrUpdateRoleAsync(string templateId, string roleName, TemplateRole role, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a role from a template (the API answers 204 with no body).</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="roleName">The role name.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the role is deleted.</returns>
    /// <exception cref="ArgumentException"><paramref name="templateId"/> or <paramref name="roleName"/> is invalid.</exception>
    /// <exception cref="HmsNotFoundException">No such template or role.</exception>
    Task DeleteRoleAsync(string templateId, string roleName, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Retrieves a template's settings.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentException"><paramref name="templateId"/> is invalid.</exception>
    /// <exception cref="HmsNotFoundException">No such template.</exception>
    Task<TemplateSettings> GetSettingsAsync(string templateId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces a template's settings.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="settings">The complete settings.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The settings as stored (bucket secrets may come back as <c>secret</c>; they are read into <see cref="TemplateRecordingCredentials.SecretKey"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="templateId"/> is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><c>roomState.messageInterval</c> is not a multiple of 5 in 5–3600.</exception>
    /// <exception cref="HmsApiException">The API answered with an error status.</exception>
    Task<TemplateSettings> UpdateSettingsAsync(string templateId, TemplateSettings settings, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Retrieves a template's destinations.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The destinations.</returns>
    /// <exception cref="ArgumentException"><paramref name="templateId"/> is invalid.</exception>
    /// <exception cref="HmsNotFoundException">No such template.</exception>
    Task<TemplateDestinations> GetDestinationsAsync(string templateId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces a template's destinations.</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="destinations">The complete destinations.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The destinations as stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destinations"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="templateId"/> is invalid.</exception>
    /// <exception cref="HmsApiException">The API answered with an error status.</exception>
    Task<TemplateDestinations> UpdateDestinationsAsync(string templateId, TemplateDestinations destinations, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets a template's recording configuration. The body is a bare JSON array and the API currently allows
    /// exactly one element.
    /// </summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="recordingConfigs">Exactly one config, with <see cref="RecordingConfig.Name"/> and <see cref="RecordingConfig.Role"/> set.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The recording configs as stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordingConfigs"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="templateId"/> is invalid, <paramref name="recordingConfigs"/> does not hold exactly one config, or its name or role is missing.</exception>
    /// <exception cref="HmsApiException">The API answered with an error status.</exception>
    Task<IReadOnlyList<RecordingConfig>> ConfigureRecordingsAsync(string templateId, IReadOnlyList<RecordingConfig> recordingConfigs, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Retrieves a template's recording configs (a bare JSON array, not a list envelope).</summary>
    /// <param name="templateId">The template id.</param>
    /// <param name="requestOptions">Per-call overrides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The recording configs.</returns>
    /// <exception cref="ArgumentException"><paramref name="templateId"/> is invalid.</exception>
    /// <exception cref="HmsNotFoundException">No such template.</exception>
    Task<IReadOnlyList<RecordingConfig>> GetRecordingConfigsAsync(string templateId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}

/// <summary>Manages templates (policies): roles, settings, destinations and recording configs (<c>/templates</c>).</summary>
internal sealed class TemplatesService : ITemplatesService
{
    private readonly HmsPipeline _pipeline;

    internal TemplatesService(HmsPipeline pipeline)
    {
        _pipeline = pipeline;
    }

    /// <inheritdoc />
    public Task<Template> CreateAsync(CreateTemplateOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var request = HmsRequest.Post("Templates.Create", RequestPath.Literal("templates")).WithOptions(requestOptions);
        if (options is not null)
        {
            TemplateValidation.TemplateName(options.Name, nameof(options));
            TemplateValidation.Roles(options.Roles, nameof(options));
            TemplateValidation.Settings(options.Settings, nameof(options), "options.Settings");
            request.WithJsonBody(options, TemplatesJsonContext.Default.CreateTemplateOptions, nameof(options));
        }

        return _pipeline.SendAsync(request, TemplatesJsonContext.Default.Template, cancellationToken);
    }

    /// <inheritdoc />
    public HmsAsyncPageable<Template> ListAsync(TemplateListOptions? options = null, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var limit = options?.Limit;
        if (limit is { } value && (value < TemplateValidation.MinListLimit || value > TemplateValidation.MaxListLimit))
        {
            throw Guard.OutOfRange(nameof(options), "options.Limit", value, RoomGroupChecks.MinLimit, RoomGroupChecks.MaxLimit);
        }

        return Pagers.List(
            _pipeline,
            "Templates.List",
            RequestPath.Literal("templates"),
            new HmsQuery(),
            limit,
            TemplatesJsonContext.Default.HmsListResponseTemplate,
            requestOptions,
            cancellationToken,
            RoomGroupChecks.MinLimit);
    }

    /// <inheritdoc />
    public Task<Template> GetAsync(string templateId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(templateId, nameof(templateId));
        var request = HmsRequest.Get("Templates.Get", RequestPath.Create("templates/{0}", templateId)).WithOptions(requestOptions);
        return _pipeline.SendAsync(request, TemplatesJsonContext.Default.Template, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Template> UpdateAsync(string templateId, UpdateTemplateOptions options, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(templateId, nameof(templateId));
        Guard.NotNull(options, nameof(options));
        // Overwrite semantics: a missing object would wipe the template's roles, settings or destinations.
        if (options.Roles is null || options.Settings is null || options.Destinations is null)
        {
            throw new ArgumentException(
                "UpdateAsync overwrites the whole template: options.Roles, options.Settings and options.Destinations are required.",
                nameof(options));
        }

        TemplateValidation.TemplateName(options.Name, nameof(options));
        TemplateValidation.Roles(options.Roles, nameof(options));
        TemplateValidation.Settings(options.Settings, nameof(options), "options.Settings");
        // A full overwrite: repeating it leaves the same state, so it is safe to retry.
        var request = HmsRequest.Post("Templates.Update", RequestPath.Create("templates/{0}", templateId))
            .WithJsonBody(options, TemplatesJsonContext.Default.UpdateTemplateOptions, nameof(options))
            .AsIdempotent()
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, TemplatesJsonContext.Default.Template, cancellationToken);
    }

    /// <inheritdoc />
    public Task<TemplateRole> GetRoleAsync(string templateId, string roleName, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(templateId, nameof(templateId));
        Guard.Id(roleName, nameof(roleName));
        var request = HmsRequest.Get("Templates.GetRole", RequestPath.Create("templates/{0}/roles/{1}", templateId, roleName))
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, TemplatesJsonContext.Default.TemplateRole, cancellationToken);
    }

    /// <inheritdoc />
    public Task<TemplateRole> CreateOrUpdateRoleAsync(string templateId, string roleName, TemplateRole role, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(templateId, nameof(templateId));
        Guard.Id(roleName, nameof(roleName));
        Guard.NotNull(role, nameof(role));
        TemplateValidation.Role(role, nameof(role));
        // Create-or-replace of one named role: repeating it leaves the same state.
        var request = HmsRequest.Post("Templates.CreateOrUpdateRole", RequestPath.Create("templates/{0}/roles/{1}", templateId, roleName))
            .WithJsonBody(role, TemplatesJsonContext.Default.TemplateRole, nameof(role))
            .AsIdempotent()
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, TemplatesJsonContext.Default.TemplateRole, cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteRoleAsync(string templateId, string roleName, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(templateId, nameof(templateId));
        Guard.Id(roleName, nameof(roleName));
        var request = HmsRequest.Delete("Templates.DeleteRole", RequestPath.Create("templates/{0}/roles/{1}", templateId, roleName))
            .WithOptions(requestOptions);
        return _pipeline.SendWithoutResultAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    public Task<TemplateSettings> GetSettingsAsync(string templateId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(templateId, nameof(templateId));
        return GetPartAsync("Templates.GetSettings", "templates/{0}/settings", templateId, TemplatesJsonContext.Default.TemplateSettings, requestOptions, cancellationToken);
    }

    /// <inheritdoc />
    public Task<TemplateSettings> UpdateSettingsAsync(string templateId, TemplateSettings settings, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(templateId, nameof(templateId));
        Guard.NotNull(settings, nameof(settings));
        TemplateValidation.Settings(settings, nameof(settings));
        return ReplacePartAsync("Templates.UpdateSettings", "templates/{0}/settings", templateId, settings, nameof(settings), TemplatesJsonContext.Default.TemplateSettings, requestOptions, cancellationToken);
    }

    /// <inheritdoc />
    public Task<TemplateDestinations> GetDestinationsAsync(string templateId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(templateId, nameof(templateId));
        return GetPartAsync("Templates.GetDestinations", "templates/{0}/destinations", templateId, TemplatesJsonContext.Default.TemplateDestinations, requestOptions, cancellationToken);
    }

    /// <inheritdoc />
    public Task<TemplateDestinations> UpdateDestinationsAsync(string templateId, TemplateDestinations destinations, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(templateId, nameof(templateId));
        Guard.NotNull(destinations, nameof(destinations));
        return ReplacePartAsync("Templates.UpdateDestinations", "templates/{0}/destinations", templateId, destinations, nameof(destinations), TemplatesJsonContext.Default.TemplateDestinations, requestOptions, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RecordingConfig>> ConfigureRecordingsAsync(string templateId, IReadOnlyList<RecordingConfig> recordingConfigs, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(templateId, nameof(templateId));
        TemplateValidation.RecordingConfigs(recordingConfigs, nameof(recordingConfigs));
        return ReplacePartAsync("Templates.ConfigureRecordings", "templates/{0}/recordings", templateId, recordingConfigs, nameof(recordingConfigs), TemplatesJsonContext.Default.IReadOnlyListRecordingConfig, requestOptions, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RecordingConfig>> GetRecordingConfigsAsync(string templateId, HmsRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Guard.Id(templateId, nameof(templateId));
        return GetPartAsync("Templates.GetRecordingConfigs", "templates/{0}/recordings", templateId, TemplatesJsonContext.Default.IReadOnlyListRecordingConfig, requestOptions, cancellationToken);
    }

    // Settings, destinations and recording configs are parts of a template: each is read from and replaced at its own
    // path as one type, and the server answers a replacement with the stored part.
    private Task<T> GetPartAsync<T>(
        string operation, string pathTemplate, string templateId, JsonTypeInfo<T> typeInfo, HmsRequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var request = HmsRequest.Get(operation, RequestPath.Create(pathTemplate, templateId))
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, typeInfo, cancellationToken);
    }

    // Sends the whole part each time: replaying it stores the same value, so it is safe to retry.
    private Task<T> ReplacePartAsync<T>(
        string operation, string pathTemplate, string templateId, T part, string paramName, JsonTypeInfo<T> typeInfo, HmsRequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var request = HmsRequest.Post(operation, RequestPath.Create(pathTemplate, templateId))
            .WithJsonBody(part, typeInfo, paramName)
            .AsIdempotent()
            .WithOptions(requestOptions);
        return _pipeline.SendAsync(request, typeInfo, cancellationToken);
    }
}

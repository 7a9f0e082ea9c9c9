using System;
using System.Linq;
using System.Text.Json.Nodes;
using HmsSdk.Testing.State;

namespace HmsSdk.Testing.Core;

/// <summary>Templates (policy): <c>/templates</c>. Bodies are camelCase, as the API uses them; create with an existing name overwrites.</summary>
internal sealed partial class FakeApiCore
{
    private void MapTemplates()
    {
        _routes.Map("POST", "/templates", CreateTemplate);
        _routes.Map("GET", "/templates", ctx => Paging.List(
            Templates.Items, Templates.IndexOf, t => t.Id, _ => true, ctx.Query.Get("start"), ctx.Query.GetLimit(10, 10, 100), Options.EmptyLastOnFinalPage, TemplateJson));
        _routes.Map("GET", "/templates/{template_id}", ctx => TemplateJson(RequireTemplate(ctx)));
        _routes.Map("POST", "/templates/{template_id}", UpdateTemplate);
        _routes.Map("GET", "/templates/{template_id}/roles/{role_name}", ctx => RoleJson(RequireRole(ctx)));
        _routes.Map("POST", "/templates/{template_id}/roles/{role_name}", UpsertRole);
        _routes.Map("DELETE", "/templates/{template_id}/roles/{role_name}", DeleteRole);
        _routes.Map("GET", "/templates/{template_id}/settings", ctx => SettingsJson(RequireTemplate(ctx).Settings));
        _routes.Map("POST", "/templates/{template_id}/settings", ctx =>
        {
            var template = RequireTemplate(ctx);
            template.Settings = ValidateSettings(ctx.Body());
            template.UpdatedAt = ctx.Now;
            return SettingsJson(template.Settings);
        });
        _routes.Map("GET", "/templates/{template_id}/destinations", ctx => DestinationsJson(RequireTemplate(ctx).Destinations));
        _routes.Map("POST", "/templates/{template_id}/destinations", ctx =>
        {
            var template = RequireTemplate(ctx);
            template.Destinations = (JsonObject)ctx.Body().DeepClone();
            template.UpdatedAt = ctx.Now;
            return DestinationsJson(template.Destinations);
        });
        _routes.Map("GET", "/templates/{template_id}/recordings", ctx => RecordingsJson(RequireTemplate(ctx).Recordings));
        _routes.Map("POST", "/templates/{template_id}/recordings", SetTemplateRecordings);
    }

    private TemplateState RequireTemplate(RequestContext ctx)
    {
        var id = ctx.Route("template_id");
        return Templates.Find(id) ?? throw FakeApiException.NotFound("template not found", "no template with id " + id);
    }

    private JsonObject RequireRole(RequestContext ctx)
    {
        var template = RequireTemplate(ctx);
        var name = ctx.Route("role_name");
        return template.Roles[name] as JsonObject ?? throw FakeApiException.NotFound("role not found", "template " + template.Id + " has no role " + name);
    }

    private TemplateState CreateDefaultTemplate(DateTimeOffset now)
    {
        var template = new TemplateState
        {
            Id = Ids.ObjectId(),
            Name = "default-videoconf-" + Ids.Letters(6),
            Roles = new JsonObject { ["host"] = DefaultRole("host", host: true), ["guest"] = DefaultRole("guest", host: false) },
            Settings = new JsonObject
            {
                ["region"] = "in",
                ["roomState"] = new JsonObject { ["messageInterval"] = 5, ["sendPeerList"] = true, ["enabled"] = true },
            },
            Destinations = new JsonObject(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        Templates.Add(template);
        return template;
    }

    private static JsonObject DefaultRole(string name, bool host) => new()
    {
        ["name"] = name,
        ["publishParams"] = new JsonObject
        {
            ["allowed"] = WireJson.Strings(host ? new[] { "audio", "video", "screen" } : new[] { "audio", "video" }),
            ["audio"] = new JsonObject { ["bitRate"] = 32, ["codec"] = "opus" },
            ["video"] = new JsonObject { ["bitRate"] = 256, ["codec"] = "vp8", ["frameRate"] = 25, ["width"] = 320, ["height"] = 180 },
            ["screen"] = new JsonObject { ["bitRate"] = 1024, ["codec"] = "vp8", ["frameRate"] = 10, ["width"] = 1280, ["height"] = 720 },
        },
        ["subscribeParams"] = new JsonObject
        {
            ["subscribeToRoles"] = WireJson.Strings(new[] { "host", "guest" }),
            ["maxSubsBitRate"] = 3200,
            ["subscribeDegradation"] = new JsonObject { ["packetLossThreshold"] = 50, ["degradeGracePeriodSeconds"] = 1, ["recoverGracePeriodSeconds"] = 4 },
        },
        ["permissions"] = new JsonObject
        {
            ["endRoom"] = host,
            ["removeOthers"] = host,
            ["mute"] = host,
            ["unmute"] = host,
            ["changeRole"] = host,
            ["sendRoomState"] = false,
            ["pollRead"] = true,
            ["pollWrite"] = host,
            ["browserRecording"] = host,
            ["rtmpStreaming"] = host,
            ["hlsStreaming"] = host,
        },
        ["priority"] = host ? 1 : 2,
        ["maxPeerCount"] = 0,
    };

    private static void ValidateTemplateName(string name)
    {
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '.' or '_' or ':')))
        {
            throw FakeApiException.BadBody("name", "name may only contain a-z A-Z 0-9 space - . _ :");
        }
    }

    private static JsonObject ValidateRoles(JsonObject roles)
    {
        var result = new JsonObject();
        foreach (var (name, node) in roles)
        {
            if (node is not JsonObject role)
            {
                throw FakeApiException.BadBody("roles", "role " + name + " must be an object");
            }

            result[name] = ValidateRole(name, role);
        }

        return result;
    }

    private static JsonObject ValidateRole(string name, JsonObject role)
    {
        var copy = (JsonObject)role.DeepClone();
        copy["name"] = name;
        if (WireJson.OptInt(copy, "priority") is { } priority && (priority < 1 || priority > 5))
        {
            throw FakeApiException.BadBody("priority", "priority must be between 1 and 5");
        }

        WireJson.OptInt(copy, "maxPeerCount");
        WireJson.OptObject(copy, "publishParams");
        WireJson.OptObject(copy, "subscribeParams");
        WireJson.OptObject(copy, "permissions");
        return copy;
    }

    private static JsonObject ValidateSettings(JsonObject settings)
    {
        if (WireJson.OptString(settings, "region") is { } region && region is not ("in" or "us" or "eu" or "auto"))
        {
            throw FakeApiException.BadBody("region", "region must be in, us, eu or auto");
        }

        WireJson.OptObject(settings, "recording");
        WireJson.OptObject(settings, "roomState");
        return (JsonObject)settings.DeepClone();
    }

    private JsonNode CreateTemplate(RequestContext ctx)
    {
        var body = ctx.Body();
        var name = WireJson.OptString(body, "name");
        if (name is not null)
        {
            ValidateTemplateName(name);
        }

        var fields = ReadTemplateFields(body);

        var template = name is null ? null : Templates.Items.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
        if (template is null)
        {
            template = new TemplateState
            {
                Id = Ids.ObjectId(),
                Name = name ?? "template-" + Ids.Letters(8),
                Settings = new JsonObject { ["region"] = "auto" },
                CreatedAt = ctx.Now,
            };
            Templates.Add(template);
        }

        return ApplyTemplateFields(template, fields, ctx.Now);
    }

    /// <summary>The optional parts a template create (upsert) or update may carry, validated; null = keep what is there.</summary>
    private sealed record TemplateFields(JsonObject? Roles, JsonObject? Settings, JsonObject? Destinations, JsonObject? Plugins);

    private static TemplateFields ReadTemplateFields(JsonObject body) => new(
        WireJson.OptObject(body, "roles") is { } roles ? ValidateRoles(roles) : null,
        WireJson.OptObject(body, "settings") is { } settings ? ValidateSettings(settings) : null,
        WireJson.OptObject(body, "destinations"),
        WireJson.OptObject(body, "plugins"));

    private JsonNode ApplyTemplateFields(TemplateState template, TemplateFields fields, DateTimeOffset now)
    {
        template.Roles = fields.Roles ?? template.Roles;
        template.Settings = fields.Settings ?? template.Settings;
        template.Destinations = fields.Destinations is null ? template.Destinations : (JsonObject)fields.Destinations.DeepClone();
        template.Plugins = fields.Plugins is null ? template.Plugins : (JsonObject)fields.Plugins.DeepClone();
        template.UpdatedAt = now;
        return TemplateJson(template);
    }

    private JsonNode UpdateTemplate(RequestContext ctx)
    {
        var template = RequireTemplate(ctx);
        var body = ctx.Body();
        var name = WireJson.OptString(body, "name");
        if (name is not null)
        {
            ValidateTemplateName(name);
            if (Templates.Items.Any(t => t != template && string.Equals(t.Name, name, StringComparison.Ordinal)))
            {
                throw FakeApiException.BadBody("name", "a template named " + name + " already exists");
            }
        }

        var fields = ReadTemplateFields(body);
        template.Name = name ?? template.Name;
        return ApplyTemplateFields(template, fields, ctx.Now);
    }

    private JsonNode UpsertRole(RequestContext ctx)
    {
        var template = RequireTemplate(ctx);
        var name = ctx.Route("role_name");
        var role = ValidateRole(name, ctx.Body());
        template.Roles[name] = role;
        template.UpdatedAt = ctx.Now;
        return RoleJson(role);
    }

    private JsonNode? DeleteRole(RequestContext ctx)
    {
        RequireRole(ctx);
        var template = RequireTemplate(ctx);
        template.Roles.Remove(ctx.Route("role_name"));
        template.UpdatedAt = ctx.Now;
        return null;
    }

    private JsonNode SetTemplateRecordings(RequestContext ctx)
    {
        var template = RequireTemplate(ctx);
        var configs = ctx.BodyArray();
        if (configs.Count > 1)
        {
            throw FakeApiException.BadBody("recordingConfigs", "only one recording config is allowed");
        }

        foreach (var node in configs)
        {
            if (node is not JsonObject config)
            {
                throw FakeApiException.BadBody("recordingConfigs", "each recording config must be an object");
            }

            WireJson.ReqString(config, "name");
            var role = WireJson.ReqString(config, "role");
            if (template.Roles[role] is null)
            {
                throw FakeApiException.BadBody("role", "role " + role + " does not exist in the template");
            }

            WireJson.OptInt(config, "maxDuration");
            WireJson.OptInt(config, "presignDuration");
        }

        template.Recordings = (JsonArray)configs.DeepClone();
        template.UpdatedAt = ctx.Now;
        return template.Recordings.DeepClone();
    }

    private JsonObject TemplateJson(TemplateState template)
    {
        var json = new JsonObject
        {
            ["id"] = template.Id,
            ["name"] = template.Name,
            ["customerId"] = CustomerId,
            ["roles"] = RolesJson(template.Roles),
            ["settings"] = SettingsJson(template.Settings),
            ["destinations"] = DestinationsJson(template.Destinations),
            ["createdAt"] = WireJson.Millis(template.CreatedAt),
            ["updatedAt"] = WireJson.Millis(template.UpdatedAt),

            // The docs' template objects repeat the id and customer under their storage names
            // (policy/retrieve-a-template.mdx, policy/create-template-via-api.mdx).
            ["_id"] = template.Id,
            ["customer"] = CustomerId,
        };
        if (template.Plugins is not null)
        {
            json["plugins"] = template.Plugins.DeepClone();
        }

        return json;
    }

    // The server answers with its defaults filled in where the caller left fields out (policy/retrieve-a-template.mdx,
    // policy/retrieve-a-role.mdx, policy/retrieve-settings.mdx, policy/retrieve-destinations.mdx); the stored state keeps
    // only what was sent, so these add missing keys at answer time and never overwrite a sent value.
    private static JsonObject RolesJson(JsonObject roles)
    {
        var json = new JsonObject();
        foreach (var (name, role) in roles)
        {
            json[name] = role is JsonObject r ? RoleJson(r) : role?.DeepClone();
        }

        return json;
    }

    private static JsonObject RoleJson(JsonObject role)
    {
        var json = (JsonObject)role.DeepClone();
        var publish = json["publishParams"] as JsonObject ?? new JsonObject();
        json["publishParams"] = publish;
        AddMissing(publish, "simulcast", () => new JsonObject
        {
            ["video"] = new JsonObject
            {
                ["layers"] = new JsonArray(
                    SimulcastLayer("f", 1, 700),
                    SimulcastLayer("h", 2, 350),
                    SimulcastLayer("q", 4, 100)),
            },
            ["screen"] = new JsonObject(),
        });
        var permissions = json["permissions"] as JsonObject ?? new JsonObject();
        json["permissions"] = permissions;
        foreach (var permission in new[] { "endRoom", "removeOthers", "mute", "unmute", "changeRole", "sendRoomState", "pollRead", "pollWrite", "browserRecording", "rtmpStreaming", "hlsStreaming" })
        {
            AddMissing(permissions, permission, () => JsonValue.Create(false));
        }

        return json;
    }

    private static JsonObject SimulcastLayer(string rid, int scaleDownBy, int maxBitrate) => new()
    {
        ["rid"] = rid,
        ["scaleResolutionDownBy"] = scaleDownBy,
        ["maxBitrate"] = maxBitrate,
        ["maxFramerate"] = 25,
    };

    private static JsonObject SettingsJson(JsonObject settings)
    {
        var json = (JsonObject)settings.DeepClone();
        AddMissing(json, "recording", () => null);
        AddMissing(json, "retry", () => new JsonObject());
        var roomState = json["roomState"] as JsonObject ?? new JsonObject { ["messageInterval"] = 5, ["sendPeerList"] = false, ["enabled"] = false };
        json["roomState"] = roomState;
        AddMissing(roomState, "stopRoomStateOnJoin", () => JsonValue.Create(false));
        return json;
    }

    private static JsonObject DestinationsJson(JsonObject destinations)
    {
        var json = (JsonObject)destinations.DeepClone();
        AddMissing(json, "rtmpDestinations", () => new JsonObject());
        AddMissing(json, "hlsDestinations", () => new JsonObject());
        AddMissing(json, "transcriptions", () => new JsonObject());
        return json;
    }

    private static void AddMissing(JsonObject json, string key, Func<JsonNode?> value)
    {
        if (!json.ContainsKey(key))
        {
            json[key] = value();
        }
    }

    /// <summary>
    /// Recording configurations as GET answers them: browserComposite.enabled defaults to true when the configuration
    /// left it out (policy/configure-recordings.mdx: the GET example shows it, the POST body omits it).
    /// </summary>
    private static JsonArray RecordingsJson(JsonArray recordings)
    {
        var json = (JsonArray)recordings.DeepClone();
        foreach (var config in json)
        {
            if (config?["compositeRecording"]?["browserComposite"] is JsonObject browser)
            {
                AddMissing(browser, "enabled", () => JsonValue.Create(true));
            }
        }

        return json;
    }
}

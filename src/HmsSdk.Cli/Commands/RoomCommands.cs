using System;
using System.CommandLine;
using HmsSdk.Cli.Output;

namespace HmsSdk.Cli.Commands;

/// <summary><c>hms rooms list|get|create|update|enable|disable</c>.</summary>
internal static class RoomCommands
{
    public static Command Build(GlobalOptions global)
    {
        var rooms = CommandKit.Command("rooms", "Create, inspect, update, enable and disable rooms.",
            "hms rooms create --name standup --description \"daily standup\"",
            "hms rooms list --enabled true --json");
        rooms.Add(List(global));
        rooms.Add(Get(global));
        rooms.Add(Create(global));
        rooms.Add(Update(global));
        rooms.Add(SetEnabled(global, true));
        rooms.Add(SetEnabled(global, false));
        return rooms;
    }

    private static Command List(GlobalOptions global)
    {
        var enabled = new Option<bool?>("--enabled") { Description = "Only enabled (true) or disabled (false) rooms." };
        var name = CommandKit.Text("--name", "Only the room with this name.");
        var limit = CommandKit.Limit();
        var command = CommandKit.Command("list", "List rooms, newest pages first as the API returns them.", "hms rooms list", "hms rooms list --enabled false --limit 20 --json");
        command.Add(enabled);
        command.Add(name);
        command.Add(limit);
        command.SetClientAction(global, (result, client, output, ct) =>
            output.WriteListAsync(
                client.Rooms.ListAsync(new RoomListOptions { Enabled = result.GetValue(enabled), Name = result.GetValue(name) }, cancellationToken: ct),
                Views.Room, Views.RoomColumns, "rooms", result.GetValue(limit), ct));
        return command;
    }

    private static Command Get(GlobalOptions global) =>
        CommandKit.Get(global, "room-id", "The room id.", "Show one room.", "hms rooms get 6650a1b2c3d4e5f6a7b8c9d0",
            (client, id, ct) => client.Rooms.GetAsync(id, cancellationToken: ct), Views.Room);

    private static Command Create(GlobalOptions global)
    {
        var fields = new RoomFields(withTemplate: true);
        var command = CommandKit.Command("create", "Create a room (or return the existing room with that name).",
            "hms rooms create --name standup",
            "hms rooms create --name town-hall --template 6650a1b2c3d4e5f6a7b8c9d1 --region eu --size 500 --max-duration 2h");
        fields.AddTo(command);
        command.SetClientAction(global, async (result, client, output, ct) =>
        {
            var options = new CreateRoomOptions
            {
                Name = result.GetValue(fields.Name),
                Description = result.GetValue(fields.Description),
                TemplateId = fields.Template is null ? null : result.GetValue(fields.Template),
                Region = fields.Region(result),
                Size = result.GetValue(fields.Size),
                MaxDurationSeconds = fields.MaxDurationSeconds(result),
            };
            output.WriteObject(Views.Room(await client.Rooms.CreateAsync(options, cancellationToken: ct).ConfigureAwait(false)));
        });
        return command;
    }

    private static Command Update(GlobalOptions global)
    {
        var id = CommandKit.Id("room-id", "The room id.");
        var fields = new RoomFields(withTemplate: false);
        var command = CommandKit.Command("update", "Change a room's name, description, region, size or maximum duration (only the flags given).",
            "hms rooms update 6650a1b2c3d4e5f6a7b8c9d0 --description \"weekly sync\" --size 50");
        command.Add(id);
        fields.AddTo(command);
        command.SetClientAction(global, async (result, client, output, ct) =>
        {
            var options = new UpdateRoomOptions
            {
                Name = result.GetValue(fields.Name),
                Description = result.GetValue(fields.Description),
                Region = fields.Region(result),
                Size = result.GetValue(fields.Size),
                MaxDurationSeconds = fields.MaxDurationSeconds(result),
            };
            if (options is { Name: null, Description: null, Region: null, Size: null, MaxDurationSeconds: null })
            {
                throw new CliUsageException("rooms update: give at least one of --name, --description, --region, --size, --max-duration");
            }

            output.WriteObject(Views.Room(await client.Rooms.UpdateAsync(result.GetValue(id)!, options, cancellationToken: ct).ConfigureAwait(false)));
        });
        return command;
    }

    private static Command SetEnabled(GlobalOptions global, bool enabled)
    {
        var id = CommandKit.Id("room-id", "The room id.");
        var command = CommandKit.Command(enabled ? "enable" : "disable",
            enabled ? "Enable a room: peers can join again." : "Disable a room: running sessions continue, new joins are refused.",
            $"hms rooms {(enabled ? "enable" : "disable")} 6650a1b2c3d4e5f6a7b8c9d0");
        command.Add(id);
        command.SetClientAction(global, async (result, client, output, ct) =>
            output.WriteObject(Views.Room(await client.Rooms.SetEnabledAsync(result.GetValue(id)!, enabled, cancellationToken: ct).ConfigureAwait(false))));
        return command;
    }

    private sealed class RoomFields
    {
        public RoomFields(bool withTemplate)
        {
            if (withTemplate)
            {
                Template = CommandKit.Text("--template", "Template (policy) id; the workspace default when omitted.");
            }
        }

        public Option<string?> Name { get; } = CommandKit.Text("--name", "Room name: letters, digits and . - : _ (unique, case-insensitive).");

        public Option<string?> Description { get; } = new("--description") { Description = "Free-form description." };

        public Option<string?>? Template { get; }

        public Option<string?> RegionOption { get; } = Parsers.OneOf("--region", "Media-server region.", "auto", "in", "us", "eu");

        public Option<int?> Size { get; } = Parsers.Positive("--size", "Maximum number of peers.");

        public Option<TimeSpan?> MaxDuration { get; } = Parsers.Duration("--max-duration", "Maximum session length (120s to 12h).");

        public void AddTo(Command command)
        {
            command.Add(Name);
            command.Add(Description);
            if (Template is not null)
            {
                command.Add(Template);
            }

            command.Add(RegionOption);
            command.Add(Size);
            command.Add(MaxDuration);
        }

        public RoomRegion? Region(ParseResult result) => result.GetValue(RegionOption) is { } region ? (RoomRegion?)new RoomRegion(region) : null;

        public int? MaxDurationSeconds(ParseResult result)
        {
            if (result.GetValue(MaxDuration) is not { } duration)
            {
                return null;
            }

            if (duration.TotalSeconds is < 120 or > 43200 || duration.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                throw new CliUsageException("--max-duration: must be whole seconds from 120s to 12h");
            }

            return (int)duration.TotalSeconds;
        }
    }
}

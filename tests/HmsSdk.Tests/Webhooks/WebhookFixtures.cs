namespace HmsSdk.Tests.Webhooks;

internal static class WebhookFixtures
{
    public const string AppId = "6450c6d7f2b1e0a3c5d4e8f1";
    public const string AccountId = "6450c6d7f2b1e0a3c5d4e8f0";
    public const string TemplateId = "6450c7a1f2b1e0a3c5d4e902";
    public const string RoomId = "6450c8b2f2b1e0a3c5d4e915";
    public const string RoomName = "weekly-standup";
    public const string SessionId = "6650d1c4e8a7b2f3a1c9d004";
    public const string PeerId = "3f6c2a7e-9b1d-4e58-a2c3-7d8e9f0a1b2c";
    public const string UserId = "user-42";
    public const string StreamId = "8a1d3c5e-7f90-4b2a-9c4d-1e2f3a4b5c6d";
    public const string TrackId = "b7c8d9e0-1f2a-4b3c-8d4e-5f6a7b8c9d0e";
    public const string BeamId = "6650d2a0e8a7b2f3a1c9d0a1";
    public const string JobId = "6650d2a0e8a7b2f3a1c9d0a2";
    public const string MetadataId = "0c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "webhooks");

    public static string Read(string eventType) => File.ReadAllText(Path.Combine(Directory, eventType + ".json"));

    public static T Parse<T>(string eventType)
        where T : HmsSdk.Webhooks.HmsWebhookEvent =>
        (T)HmsSdk.Webhooks.HmsWebhook.Parse(Read(eventType));

    public static DateTimeOffset Utc(string iso) =>
        DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
}

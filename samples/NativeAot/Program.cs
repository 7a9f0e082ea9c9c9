// A NativeAOT build of HmsSdk: mints tokens and, with credentials, lists rooms through the real API.
using HmsSdk;

var hasCredentials = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("HMS_ACCESS_KEY"));
using var hms = hasCredentials ? HmsClient.FromEnvironment() : new HmsClient("aot-demo-key", "aot-demo-secret");

var token = hms.Auth.CreateAuthToken(new AuthTokenOptions("65a1b2c3d4e5f6a7b8c9d0e1", "host") { UserId = "aot-user" });
Console.WriteLine($"auth token for room {token.RoomId}, role {token.Role}, expires {token.ExpiresAt:u}");

var management = hms.Auth.GetManagementToken();
Console.WriteLine($"management token id {management.Id}, expires {management.ExpiresAt:u}");

if (hasCredentials)
{
    var rooms = await hms.Api.GetAsync("/rooms");
    Console.WriteLine($"rooms page: {rooms.GetProperty("data").GetArrayLength()} rooms");
}

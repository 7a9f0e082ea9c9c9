// HmsSdk ASP.NET Core sample: the client through DI, a /token endpoint for joining clients, room creation,
// and the 100ms webhook endpoint.
// Run:   Hms__AccessKey=... Hms__Secret=... HmsWebhooks__Secret=<value set on the 100ms dashboard> dotnet run
// Without Hms credentials it serves from the embedded fake 100ms API (HmsSdk.Testing), offline.
// Then point the 100ms webhook (dashboard -> Developer) at https://<your-host>/hms/webhooks
// with a custom header named like HmsWebhooks:SecretHeader whose value is that secret.
using HmsSdk;
using HmsSdk.AspNetCore;
using HmsSdk.Samples.AspNetCore;
using HmsSdk.Testing;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();

// --- 100ms client: one singleton over IHttpClientFactory; options validated at start ---
var hmsSection = builder.Configuration.GetSection("Hms");
if (string.IsNullOrEmpty(hmsSection["AccessKey"]) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(HmsClient.AccessKeyVariable)))
{
    var fake = new FakeHmsApi();
    builder.Services.AddHmsClient(o =>
        {
            o.AccessKey = fake.AccessKey;
            o.Secret = fake.Secret;
            o.BaseUri = fake.BaseUri;
            o.AuthBaseUri = fake.AuthBaseUri;
        })
        .ConfigurePrimaryHttpMessageHandler(fake.CreateHandler);
}
else
{
    builder.Services.AddHmsClient(hmsSection);
}

// --- 100ms webhooks: verification settings from configuration, typed handlers through DI ---
builder.Services
    .AddHmsWebhooks(options => WebhookSettings.Apply(builder.Configuration.GetSection("HmsWebhooks"), options))
    .AddHandler<LoggingWebhookHandler>();

var app = builder.Build();

app.MapGet("/", () => "HmsSdk ASP.NET Core sample: POST /rooms, GET /token?room_id=&role=&user_id=, POST 100ms webhooks to /hms/webhooks");

// POST /rooms and GET /token, with bad input mapped to 400 problem details (see SampleEndpoints.cs).
app.MapSampleEndpoints();

// --- 100ms webhooks endpoint: 200 once verified and queued; handlers run in the background ---
app.MapHmsWebhooks("/hms/webhooks");

app.Run();

// HmsSdk ASP.NET Core sample.
// Run:   HmsWebhooks__Secret=<value set on the 100ms dashboard> dotnet run
// Then point the 100ms webhook (dashboard -> Developer) at https://<your-host>/hms/webhooks
// with a custom header named like HmsWebhooks:SecretHeader whose value is that secret.
using HmsSdk.AspNetCore;
using HmsSdk.Samples.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// --- 100ms webhooks: verification settings from configuration, typed handlers through DI ---
builder.Services
    .AddHmsWebhooks(options => WebhookSettings.Apply(builder.Configuration.GetSection("HmsWebhooks"), options))
    .AddHandler<LoggingWebhookHandler>();

var app = builder.Build();

app.MapGet("/", () => "HmsSdk ASP.NET Core sample: POST 100ms webhooks to /hms/webhooks");

// --- 100ms webhooks endpoint: 200 once verified and queued; handlers run in the background ---
app.MapHmsWebhooks("/hms/webhooks");

app.Run();

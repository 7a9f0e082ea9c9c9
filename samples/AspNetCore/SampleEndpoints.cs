using HmsSdk;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HmsSdk.Samples.AspNetCore;

/// <summary>
/// The sample's HTTP API: room creation, token minting and the error mapping in front of them. Bad input becomes a
/// 400 with an RFC 9457 problem-details body, never a 500 with a stack trace; 100ms errors keep their status.
/// </summary>
public static class SampleEndpoints
{
    /// <summary>Adds the error mapping and the <c>/rooms</c> and <c>/token</c> endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication MapSampleEndpoints(this WebApplication app)
    {
        // Empty error responses (an unreadable JSON body, a missing route) get a problem-details body too.
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (ArgumentException ex) when (!context.Response.HasStarted)
            {
                // The SDK refuses bad input with ArgumentException before any request; its message names the field
                // and never contains secrets, so it is safe to return.
                await Results.Problem(title: "Invalid request", detail: ex.Message, statusCode: StatusCodes.Status400BadRequest)
                    .ExecuteAsync(context);
            }
            catch (HmsApiException ex) when (!context.Response.HasStarted)
            {
                // 100ms errors become their HTTP status, with the request id for support.
                await Results.Problem(
                        title: "100ms API error",
                        detail: ex.ErrorMessage,
                        statusCode: ex.StatusCode,
                        extensions: new Dictionary<string, object?> { ["request_id"] = ex.RequestId })
                    .ExecuteAsync(context);
            }
        });

        // Creates (or returns, by name) a room.
        app.MapPost("/rooms", async (CreateRoomRequest? request, IRoomsService rooms, CancellationToken cancellationToken) =>
        {
            if (request is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = new[] { "A JSON body is required." } });
            }

            // Null lets 100ms generate a name; a blank one is a mistake the caller can fix.
            if (request.Name is not null && string.IsNullOrWhiteSpace(request.Name))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["name"] = new[] { "The name cannot be empty or whitespace; omit it to get a generated name." } });
            }

            var room = await rooms.CreateAsync(new CreateRoomOptions { Name = request.Name, Description = request.Description }, cancellationToken: cancellationToken);
            return Results.Ok(new { room.Id, room.Name, room.Enabled });
        });

        // Mints an auth token for a joining client. Tokens are minted locally: no call to 100ms.
        app.MapGet("/token", (string? room_id, string? role, string? user_id, IAuthService auth) =>
        {
            if (string.IsNullOrWhiteSpace(room_id) || string.IsNullOrWhiteSpace(role))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["room_id"] = new[] { "room_id and role are required." } });
            }

            var token = auth.CreateAuthToken(new AuthTokenOptions(room_id, role) { UserId = user_id });
            return Results.Ok(new { token = token.Token, expires_at = token.ExpiresAt });
        });

        return app;
    }
}

/// <summary>The body of <c>POST /rooms</c>.</summary>
/// <param name="Name">The room name, or null for a generated one.</param>
/// <param name="Description">An optional description.</param>
public sealed record CreateRoomRequest(string? Name, string? Description);

using System.Text.Json.Serialization;
using HmsSdk.Serialization;

namespace HmsSdk;

/// <summary>The state of a webhook replay workflow. The API mixes capitalised and lowercase values; comparisons ignore case. Extensible: values 100ms adds later are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<WebhookReplayWorkflowStatus>))]
public readonly partial struct WebhookReplayWorkflowStatus
{
    /// <summary><c>Running</c>: the replay is still sending webhooks.</summary>
    public static WebhookReplayWorkflowStatus Running { get; } = new("Running");

    /// <summary><c>completed</c>: every selected webhook was re-delivered.</summary>
    public static WebhookReplayWorkflowStatus Completed { get; } = new("completed");

    /// <summary><c>completed_with_failures</c>: the replay finished but some deliveries failed.</summary>
    public static WebhookReplayWorkflowStatus CompletedWithFailures { get; } = new("completed_with_failures");

    /// <summary><c>failed</c>: the replay failed.</summary>
    public static WebhookReplayWorkflowStatus Failed { get; } = new("failed");

    /// <summary><c>Canceled</c>: the replay was canceled.</summary>
    public static WebhookReplayWorkflowStatus Canceled { get; } = new("Canceled");

    /// <summary><c>Terminated</c>: the replay was terminated.</summary>
    public static WebhookReplayWorkflowStatus Terminated { get; } = new("Terminated");

    /// <summary>
    /// True for a state the workflow does not leave (every known value except <see cref="Running"/>), so a caller
    /// polling <c>GetWebhookReplayStatusAsync</c> knows when to stop. Unknown values count as not finished.
    /// </summary>
    public bool IsFinished => Equals(Completed) || Equals(CompletedWithFailures) || Equals(Failed) || Equals(Canceled) || Equals(Terminated);
}

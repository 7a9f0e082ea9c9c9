using System;
using System.Collections.Generic;

namespace HmsSdk;

/// <summary>The filters every analytics event list accepts: the room (required), session, peer and page size.</summary>
public abstract class EventListOptionsBase
{
    /// <summary>Creates filters for one room.</summary>
    /// <param name="roomId">The room whose events to list (required by the API).</param>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is empty or whitespace.</exception>
    protected EventListOptionsBase(string roomId)
    {
        RoomId = Guard.Id(roomId, nameof(roomId));
    }

    /// <summary>The room id (query <c>room_id</c>, required).</summary>
    public string RoomId { get; set; }

    /// <summary>Only events of this session.</summary>
    public string? SessionId { get; set; }

    /// <summary>Only events of this peer.</summary>
    public string? PeerId { get; set; }

    /// <summary>Events per page, 1 to 100 (the API's default is 10). Enumeration still returns every event.</summary>
    public int? Limit { get; set; }
}

/// <summary>Filters for <see cref="IAnalyticsService.ListTrackEventsAsync"/>.</summary>
public sealed class TrackEventListOptions : EventListOptionsBase
{
    /// <summary>Creates filters for one room.</summary>
    /// <param name="roomId">The room whose track events to list (required by the API).</param>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is empty or whitespace.</exception>
    public TrackEventListOptions(string roomId)
        : base(roomId)
    {
    }

    /// <summary>
    /// The event types to return (repeated <c>type</c> keys). Null or empty means all three track types:
    /// <c>track.add.success</c>, <c>track.update.success</c>, <c>track.remove.success</c>.
    /// </summary>
    public IList<AnalyticsEventType>? Types { get; set; }

    /// <summary>Only events of peers with this user id.</summary>
    public string? UserId { get; set; }
}

/// <summary>
/// Filters for <see cref="IAnalyticsService.ListRecordingEventsAsync"/> (type <c>beam.recording.success</c>); the
/// peer filter names the recorder peer.
/// </summary>
public sealed class RecordingEventListOptions : EventListOptionsBase
{
    /// <summary>Creates filters for one room.</summary>
    /// <param name="roomId">The room whose recording events to list (required by the API).</param>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is empty or whitespace.</exception>
    public RecordingEventListOptions(string roomId)
        : base(roomId)
    {
    }

    /// <summary>Only events of this beam (recorder) id.</summary>
    public string? BeamId { get; set; }
}

/// <summary>Filters for <see cref="IAnalyticsService.ListErrorEventsAsync"/>.</summary>
public sealed class ErrorEventListOptions : EventListOptionsBase
{
    /// <summary>Creates filters for one room.</summary>
    /// <param name="roomId">The room whose error events to list (required by the API).</param>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is empty or whitespace.</exception>
    public ErrorEventListOptions(string roomId)
        : base(roomId)
    {
    }

    /// <summary>
    /// The error types to return (repeated <c>type</c> keys). Null or empty means all five: <c>client.publish.failed</c>,
    /// <c>client.subscribe.failed</c>, <c>client.join.failed</c>, <c>client.disconnected</c>, <c>client.connect.failed</c>.
    /// </summary>
    public IList<AnalyticsEventType>? Types { get; set; }

    /// <summary>Only events of peers with this user id.</summary>
    public string? UserId { get; set; }
}

/// <summary>Filters for <see cref="IAnalyticsService.ListEventsAsync"/>, which accepts any event type.</summary>
public sealed class EventListOptions : EventListOptionsBase
{
    /// <summary>Creates filters for one room.</summary>
    /// <param name="roomId">The room whose events to list (required by the API).</param>
    /// <exception cref="ArgumentNullException"><paramref name="roomId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roomId"/> is empty or whitespace.</exception>
    public EventListOptions(string roomId)
        : base(roomId)
    {
    }

    /// <summary>The event types to return (repeated <c>type</c> keys); null or empty lets the server return every supported type.</summary>
    public IList<AnalyticsEventType>? Types { get; set; }

    /// <summary>Only events of peers with this user id.</summary>
    public string? UserId { get; set; }

    /// <summary>Only events of this beam (recorder) id; the API applies it to <c>beam.recording.success</c> only.</summary>
    public string? BeamId { get; set; }

    /// <summary>True returns only error events (query <c>error=true</c>); null leaves the server default (false).</summary>
    public bool? Error { get; set; }
}

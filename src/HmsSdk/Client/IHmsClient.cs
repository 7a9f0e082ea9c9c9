namespace HmsSdk;

/// <summary>The 100ms server SDK: one authenticated pipeline shared by every REST resource group.</summary>
/// <remarks>Thread-safe; create one per app access key and share it (register it as a singleton).</remarks>
public interface IHmsClient
{
    /// <summary>Management and auth (app) token minting; CPU only, no HTTP.</summary>
    IAuthService Auth { get; }

    /// <summary>Rooms.</summary>
    IRoomsService Rooms { get; }

    /// <summary>Live rooms and their connected peers.</summary>
    IActiveRoomsService ActiveRooms { get; }

    /// <summary>Sessions.</summary>
    ISessionsService Sessions { get; }

    /// <summary>Recording jobs.</summary>
    IRecordingsService Recordings { get; }

    /// <summary>Recording assets.</summary>
    IRecordingAssetsService RecordingAssets { get; }

    /// <summary>HLS live streams.</summary>
    ILiveStreamsService LiveStreams { get; }

    /// <summary>RTMP external streams.</summary>
    IExternalStreamsService ExternalStreams { get; }

    /// <summary>Room codes.</summary>
    IRoomCodesService RoomCodes { get; }

    /// <summary>Analytics events, webhook history and peer quality stats.</summary>
    IAnalyticsService Analytics { get; }

    /// <summary>Templates (policies).</summary>
    ITemplatesService Templates { get; }

    /// <summary>Polls and quizzes.</summary>
    IPollsService Polls { get; }

    /// <summary>RTMP ingest stream keys.</summary>
    IStreamKeysService StreamKeys { get; }

    /// <summary>SIP trunks, calls and DTMF.</summary>
    ISipService Sip { get; }

    /// <summary>Raw access to any REST path through the same pipeline.</summary>
    IApiService Api { get; }
}

using FluentAssertions;

namespace HmsSdk.Tests.Templates;

/// <summary>Realistic camelCase fixtures (shapes from the 100ms policy docs) with unknown fields and enum values added.</summary>
internal static class TemplateFixtures
{
    public const string HostRole = """
        {
          "name": "host",
          "publishParams": {
            "allowed": ["audio", "video", "screen", "simulcast", "hologram"],
            "audio": { "bitRate": 32, "codec": "opus" },
            "video": { "bitRate": 310, "codec": "vp8", "frameRate": 30, "width": 480, "height": 360 },
            "screen": { "bitRate": 1024, "codec": "av1", "frameRate": 10, "width": 1920, "height": 1080 },
            "simulcast": {
              "video": {
                "layers": [
                  { "rid": "f", "scaleResolutionDownBy": 1, "maxBitrate": 700, "maxFramerate": 25 },
                  { "rid": "h", "scaleResolutionDownBy": 2, "maxBitrate": 350, "maxFramerate": 25 },
                  { "rid": "x", "scaleResolutionDownBy": 4.5, "maxBitrate": 100, "maxFramerate": 15, "futureLayerField": true }
                ]
              },
              "screen": {}
            }
          },
          "subscribeParams": {
            "subscribeToRoles": ["guest", "host"],
            "maxSubsBitRate": 3200,
            "subscribeDegradation": { "packetLossThreshold": 25, "degradeGracePeriodSeconds": 1, "recoverGracePeriodSeconds": 4 }
          },
          "permissions": {
            "endRoom": true, "removeOthers": true, "mute": true, "unmute": false, "changeRole": true,
            "sendRoomState": false, "pollRead": true, "pollWrite": false,
            "browserRecording": true, "rtmpStreaming": false, "hlsStreaming": true, "whiteboardAdmin": true
          },
          "priority": 1,
          "maxPeerCount": 0,
          "futureRoleField": "kept"
        }
        """;

    public const string Settings = """
        {
          "region": "mars",
          "recording": {
            "enabled": true,
            "upload": {
              "location": "recordings-bucket",
              "type": "r2",
              "prefix": "rooms/",
              "credentials": { "key": "AKIAEXAMPLEKEY", "secret": "server-side-secret-value" },
              "options": { "region": "ap-south-1" }
            }
          },
          "roomState": { "messageInterval": 10, "sendPeerList": true, "stopRoomStateOnJoin": false, "enabled": true },
          "retry": {}
        }
        """;

    public const string Destinations = """
        {
          "browserRecordings": {
            "rec": {
              "name": "rec", "width": 1280, "height": 720, "maxDuration": 1800,
              "thumbnails": { "width": 320, "height": 180 },
              "presignDuration": 3600, "role": "__internal_recorder", "autoStart": true, "autoStopTimeout": 120
            }
          },
          "rtmpDestinations": {
            "yt": {
              "name": "yt", "width": 1920, "height": 1080, "maxDuration": 3600,
              "rtmpUrls": ["rtmp://a.example/live/key1", "rtmps://b.example/live/key2"],
              "recordingEnabled": true, "autoStopTimeout": 60
            }
          },
          "hlsDestinations": {
            "hls": {
              "name": "hls", "maxDuration": 28800,
              "layers": [
                { "width": 1280, "height": 720, "videoBitrate": 1100, "audioBitrate": 32 },
                { "width": 640, "height": 360, "videoBitrate": 600 }
              ],
              "playlistType": "vod", "numPlaylistSegments": 12, "videoFrameRate": 25,
              "enableMetadataInsertion": true, "enableStaticUrl": false,
              "recording": {
                "hlsVod": true, "singleFilePerLayer": false, "enableZipUpload": true,
                "layers": [ { "width": 1280, "height": 720, "videoBitrate": 2000, "audioBitrate": 64 } ],
                "thumbnails": { "enabled": true, "width": 720, "height": 1280, "offsets": [2, 30], "fps": 1 },
                "presignDuration": 604800
              },
              "autoStopTimeout": 300
            }
          },
          "transcriptions": {
            "tx": {
              "name": "tx", "role": "host",
              "modes": ["recorded", "live", "whisper"],
              "outputModes": ["txt", "srt", "json", "vtt"],
              "customVocabulary": ["100ms", "SDK"],
              "summary": {
                "enable": true, "context": "a weekly sync", "temperature": 0.5,
                "sections": [ { "title": "Agenda", "format": "bullets" }, { "title": "Mood", "format": "haiku" } ]
              },
              "translation": { "enabled": true, "roleLanguages": { "viewer": "es" } }
            }
          },
          "futureDestinations": { "x": 1 }
        }
        """;

    public const string Plugins = """
        {
          "whiteboard": { "permissions": { "admin": ["host"], "writer": ["host", "guest"], "reader": ["viewer"] } },
          "transcriptions": { "permissions": { "admin": ["host"] }, "mode": "caption" },
          "noiseCancellation": { "enabled": true }
        }
        """;

    public static readonly string Template = $$"""
        {
          "id": "6324661c4da877930beaecaa",
          "name": "webinar:main",
          "customerId": "627cda54ff688c037a39291b",
          "default": false,
          "appId": "app-42",
          "roles": {
            "host": {{HostRole}},
            "viewer": { "name": "viewer", "publishParams": { "allowed": [] }, "priority": 5, "maxPeerCount": -1 }
          },
          "settings": {{Settings}},
          "destinations": {{Destinations}},
          "plugins": {{Plugins}},
          "createdAt": "2022-09-16T12:03:40.068Z",
          "updatedAt": "2023-03-02T07:44:27.010516042Z",
          "_id": "6324661c4da877930beaecaa",
          "customer": "627cda54ff688c037a39291b",
          "brandNewField": { "nested": [1, 2] }
        }
        """;

    public const string RecordingConfigs = """
        [
          {
            "name": "default",
            "role": "host",
            "maxDuration": 1800,
            "presignDuration": 3600,
            "thumbnails": { "width": 1280, "height": 720, "offsets": [2], "fps": 60 },
            "compositeRecording": {
              "browserComposite": { "enabled": true, "autoStopTimeout": 500, "width": 1920, "height": 1080 },
              "customComposite": {}
            },
            "trackRecording": {},
            "streamRecording": { "width": 1920, "height": 1080 },
            "futureConfigField": "kept"
          }
        ]
        """;

    public static void ShouldBeHostRole(TemplateRole role)
    {
        role.Name.Should().Be("host");
        var publish = role.PublishParams!;
        publish.Allowed.Should().Equal(AllowedTrackType.Audio, AllowedTrackType.Video, AllowedTrackType.Screen, AllowedTrackType.Simulcast, new AllowedTrackType("hologram"));
        publish.Allowed![4].ToString().Should().Be("hologram");
        publish.Audio!.BitRate.Should().Be(32);
        publish.Audio.Codec.Should().Be(AudioCodec.Opus);
        publish.Video!.BitRate.Should().Be(310);
        publish.Video.Codec.Should().Be(VideoCodec.Vp8);
        publish.Video.FrameRate.Should().Be(30);
        publish.Video.Width.Should().Be(480);
        publish.Video.Height.Should().Be(360);
        publish.Screen!.BitRate.Should().Be(1024);
        publish.Screen.Codec!.Value.ToString().Should().Be("av1");
        publish.Screen.FrameRate.Should().Be(10);
        publish.Screen.Width.Should().Be(1920);
        publish.Screen.Height.Should().Be(1080);
        var layers = publish.Simulcast!.Video!.Layers!;
        layers.Should().HaveCount(3);
        layers[0].Rid.Should().Be(SimulcastLayerRid.Full);
        layers[0].ScaleResolutionDownBy.Should().Be(1);
        layers[0].MaxBitrate.Should().Be(700);
        layers[0].MaxFramerate.Should().Be(25);
        layers[1].Rid.Should().Be(SimulcastLayerRid.Half);
        layers[1].ScaleResolutionDownBy.Should().Be(2);
        layers[2].Rid!.Value.ToString().Should().Be("x");
        layers[2].ScaleResolutionDownBy.Should().Be(4.5);
        layers[2].MaxBitrate.Should().Be(100);
        layers[2].MaxFramerate.Should().Be(15);
        layers[2].AdditionalProperties.Should().ContainKey("futureLayerField");
        publish.Simulcast.Screen.Should().NotBeNull();
        publish.Simulcast.Screen!.Layers.Should().BeNull();
        var subscribe = role.SubscribeParams!;
        subscribe.SubscribeToRoles.Should().Equal("guest", "host");
        subscribe.MaxSubsBitRate.Should().Be(3200);
        subscribe.SubscribeDegradation!.PacketLossThreshold.Should().Be(25);
        subscribe.SubscribeDegradation.DegradeGracePeriodSeconds.Should().Be(1);
        subscribe.SubscribeDegradation.RecoverGracePeriodSeconds.Should().Be(4);
        var permissions = role.Permissions!;
        permissions.EndRoom.Should().BeTrue();
        permissions.RemoveOthers.Should().BeTrue();
        permissions.Mute.Should().BeTrue();
        permissions.Unmute.Should().BeFalse();
        permissions.ChangeRole.Should().BeTrue();
        permissions.SendRoomState.Should().BeFalse();
        permissions.PollRead.Should().BeTrue();
        permissions.PollWrite.Should().BeFalse();
        permissions.BrowserRecording.Should().BeTrue();
        permissions.RtmpStreaming.Should().BeFalse();
        permissions.HlsStreaming.Should().BeTrue();
        permissions.AdditionalProperties.Should().ContainKey("whiteboardAdmin");
        role.Priority.Should().Be(1);
        role.MaxPeerCount.Should().Be(0);
        role.AdditionalProperties!["futureRoleField"].GetString().Should().Be("kept");
    }

    public static void ShouldBeSettings(TemplateSettings settings)
    {
        settings.Region!.Value.ToString().Should().Be("mars");
        settings.Recording!.Enabled.Should().BeTrue();
        var upload = settings.Recording.Upload!;
        upload.Location.Should().Be("recordings-bucket");
        upload.Type!.Value.ToString().Should().Be("r2");
        upload.Prefix.Should().Be("rooms/");
        upload.Options!.Region.Should().Be("ap-south-1");
        upload.Credentials!.Key.Should().Be("AKIAEXAMPLEKEY");
        upload.Credentials.SecretKey.Should().Be("server-side-secret-value", "responses spell the secret 'secret'");
        upload.Credentials.ToString().Should().NotContain("server-side-secret-value").And.Contain("AKIAEXAMPLEKEY");
        settings.RoomState!.MessageInterval.Should().Be(10);
        settings.RoomState.SendPeerList.Should().BeTrue();
        settings.RoomState.StopRoomStateOnJoin.Should().BeFalse();
        settings.RoomState.Enabled.Should().BeTrue();
        settings.Retry.Should().NotBeNull("the docs' settings responses carry an empty retry object");
        settings.Retry!.AdditionalProperties.Should().BeNullOrEmpty();
    }

    public static void ShouldBeDestinations(TemplateDestinations destinations)
    {
        var rec = destinations.BrowserRecordings!["rec"];
        rec.Name.Should().Be("rec");
        rec.Width.Should().Be(1280);
        rec.Height.Should().Be(720);
        rec.MaxDuration.Should().Be(1800);
        rec.Thumbnails!.Width.Should().Be(320);
        rec.Thumbnails.Height.Should().Be(180);
        rec.PresignDuration.Should().Be(3600);
        rec.Role.Should().Be("__internal_recorder");
        rec.AutoStart.Should().BeTrue();
        rec.AutoStopTimeout.Should().Be(120);

        var rtmp = destinations.RtmpDestinations!["yt"];
        rtmp.Name.Should().Be("yt");
        rtmp.Width.Should().Be(1920);
        rtmp.Height.Should().Be(1080);
        rtmp.MaxDuration.Should().Be(3600);
        rtmp.RtmpUrls.Should().Equal("rtmp://a.example/live/key1", "rtmps://b.example/live/key2");
        rtmp.RecordingEnabled.Should().BeTrue();
        rtmp.AutoStopTimeout.Should().Be(60);

        var hls = destinations.HlsDestinations!["hls"];
        hls.Name.Should().Be("hls");
        hls.MaxDuration.Should().Be(28800);
        hls.Layers.Should().HaveCount(2);
        hls.Layers![0].Width.Should().Be(1280);
        hls.Layers[0].Height.Should().Be(720);
        hls.Layers[0].VideoBitrate.Should().Be(1100);
        hls.Layers[0].AudioBitrate.Should().Be(32);
        hls.Layers[1].AudioBitrate.Should().BeNull();
        hls.PlaylistType!.Value.ToString().Should().Be("vod");
        hls.PlaylistType.Should().NotBe(HlsPlaylistType.Event).And.NotBe(HlsPlaylistType.Live);
        hls.NumPlaylistSegments.Should().Be(12);
        hls.VideoFrameRate.Should().Be(25);
        hls.EnableMetadataInsertion.Should().BeTrue();
        hls.EnableStaticUrl.Should().BeFalse();
        hls.AutoStopTimeout.Should().Be(300);
        var hlsRecording = hls.Recording!;
        hlsRecording.HlsVod.Should().BeTrue();
        hlsRecording.SingleFilePerLayer.Should().BeFalse();
        hlsRecording.EnableZipUpload.Should().BeTrue();
        hlsRecording.Layers![0].VideoBitrate.Should().Be(2000);
        hlsRecording.Layers[0].AudioBitrate.Should().Be(64);
        hlsRecording.Thumbnails!.Enabled.Should().BeTrue();
        hlsRecording.Thumbnails.Width.Should().Be(720);
        hlsRecording.Thumbnails.Height.Should().Be(1280);
        hlsRecording.Thumbnails.Offsets.Should().Equal(2, 30);
        hlsRecording.Thumbnails.Fps.Should().Be(1);
        hlsRecording.PresignDuration.Should().Be(604800);

        var tx = destinations.Transcriptions!["tx"];
        tx.Name.Should().Be("tx");
        tx.Role.Should().Be("host");
        tx.Modes.Should().Equal(TemplateTranscriptionMode.Recorded, TemplateTranscriptionMode.Live, new TemplateTranscriptionMode("whisper"));
        tx.OutputModes.Should().Equal(TranscriptionOutputMode.Txt, TranscriptionOutputMode.Srt, TranscriptionOutputMode.Json, new TranscriptionOutputMode("vtt"));
        tx.CustomVocabulary.Should().Equal("100ms", "SDK");
        tx.Summary!.Enabled.Should().BeTrue("the argument table's 'enable' spelling is read too");
        tx.Summary.Context.Should().Be("a weekly sync");
        tx.Summary.Temperature.Should().Be(0.5);
        tx.Summary.Sections![0].Title.Should().Be("Agenda");
        tx.Summary.Sections[0].Format.Should().Be(SummarySectionFormat.Bullets);
        tx.Summary.Sections[1].Format!.Value.ToString().Should().Be("haiku");
        tx.Translation!.Enabled.Should().BeTrue();
        tx.Translation.RoleLanguages.Should().Equal(new Dictionary<string, string> { ["viewer"] = "es" });

        destinations.AdditionalProperties.Should().ContainKey("futureDestinations");
    }

    public static void ShouldBePlugins(TemplatePlugins plugins)
    {
        plugins.Whiteboard!.Permissions!.Admin.Should().Equal("host");
        plugins.Whiteboard.Permissions.Writer.Should().Equal("host", "guest");
        plugins.Whiteboard.Permissions.Reader.Should().Equal("viewer");
        plugins.Transcriptions!.Mode.Should().Be(TemplateTranscriptionMode.Caption);
        plugins.Transcriptions.Permissions!.Admin.Should().Equal("host");
        plugins.AdditionalProperties.Should().ContainKey("noiseCancellation");
    }

    public static void ShouldBeRecordingConfigs(IReadOnlyList<RecordingConfig> configs)
    {
        configs.Should().ContainSingle();
        var config = configs[0];
        config.Name.Should().Be("default");
        config.Role.Should().Be("host");
        config.MaxDuration.Should().Be(1800);
        config.PresignDuration.Should().Be(3600);
        config.Thumbnails!.Enabled.Should().BeNull();
        config.Thumbnails.Width.Should().Be(1280);
        config.Thumbnails.Height.Should().Be(720);
        config.Thumbnails.Offsets.Should().Equal(2);
        config.Thumbnails.Fps.Should().Be(60);
        var browser = config.CompositeRecording!.BrowserComposite!;
        browser.AutoStart.Should().BeNull();
        browser.AutoStopTimeout.Should().Be(500);
        browser.Width.Should().Be(1920);
        browser.Height.Should().Be(1080);
        browser.Enabled.Should().BeTrue();
        config.CompositeRecording.CustomComposite!.Enabled.Should().BeNull();
        config.TrackRecording!.Enabled.Should().BeNull();
        config.StreamRecording!.Enabled.Should().BeNull();
        config.StreamRecording.Width.Should().Be(1920);
        config.StreamRecording.Height.Should().Be(1080);
        config.AdditionalProperties!["futureConfigField"].GetString().Should().Be("kept");
    }
}

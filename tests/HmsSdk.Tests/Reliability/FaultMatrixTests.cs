using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using HmsSdk.Testing;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Reliability;

/// <summary>Runs every row of <see cref="FaultMatrix"/> for a GET and a POST and checks outcome, attempts and fake time waited.</summary>
public class FaultMatrixTests
{
    public static TheoryData<int, string> Rows()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < FaultMatrix.Cases.Count; i++)
        {
            data.Add(i, "GET");
            data.Add(i, "POST");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_fault_ends_with_the_documented_outcome_attempts_and_wait(int row, string method)
    {
        var fault = FaultMatrix.Cases[row];
        var expected = method == "GET" ? fault.Get : fault.Post;
        var clock = TestClients.NewClock();
        var fake = ReliabilityHarness.NewFake();
        var room = fake.Rooms.Create("matrix-existing");
        await using var server = fault.Transport == FaultTransport.Kestrel && fault.Fault is not null ? await fake.StartServerAsync() : null;
        using var sockets = fault.Transport == FaultTransport.Kestrel ? new SocketsHttpHandler() : null;
        var recording = ReliabilityHarness.Forwarding(sockets ?? fake.CreateHandler());
        var baseUri = fault.Transport == FaultTransport.InMemory ? fake.BaseUri : server?.BaseUri ?? ClosedLoopbackPort();
        using var client = TestClients.Create(recording, clock, o =>
        {
            o.BaseUri = baseUri;
            o.Retry.MaxRetries = FaultMatrix.MaxRetries;
            o.Retry.Delay = FaultMatrix.BaseDelay;
            o.Retry.UseJitter = false;
            o.Timeout = FaultMatrix.AttemptTimeout;
            o.MaxResponseBytes = FaultMatrix.MaxResponseBytes;
        });
        if (fault.Fault is { } make)
        {
            fake.Faults.Add(method, method == "GET" ? "/rooms/*" : "/rooms", make(clock.GetUtcNow()), FaultMatrix.MaxRetries + 1);
        }

        var call = method == "GET"
            ? client.Api.GetAsync("/rooms/" + room.Id, ProbeJson.Default.ProbeRoom)
            : client.Api.PostAsync("/rooms", new ProbeRoomBody { Name = "matrix-created" }, ProbeJson.Default.ProbeRoomBody, ProbeJson.Default.ProbeRoom);
        var driver = new FakeClockDriver(clock, FaultMatrix.AttemptTimeout, started => fake.Faults.WaitForDelaysStartedAsync(started));

        var waited = await driver.RunAsync(call);
        var error = await ReliabilityHarness.CaptureAsync(call);

        if (expected.Exception is null)
        {
            error.Should().BeNull();
        }
        else
        {
            error.Should().BeOfType(expected.Exception, "row '{0}' {1}: {2}", fault, method, error);
            ((HmsException)error!).Operation.Should().Be(method == "GET" ? "Api.Get" : "Api.Post");
        }

        recording.Requests.Should().HaveCount(expected.Attempts, "attempts for '{0}' {1}", fault, method);
        waited.Should().Be(TimeSpan.FromSeconds(expected.WaitedSeconds), "fake time waited for '{0}' {1}", fault, method);
        if (method == "POST")
        {
            // A POST is repeated only where the server provably did not act, so it is never applied twice.
            fake.Rooms.All.Count(r => r.Name == "matrix-created").Should().Be(fault.PostReachesServer ? 1 : 0);
            if (expected.Attempts > 1)
            {
                fault.PostReachesServer.Should().BeFalse("a POST the server processed must not be retried");
            }
        }
    }

    [Fact]
    public void The_table_in_docs_reliability_md_matches_the_test_data()
    {
        var doc = File.ReadAllText(DocsPath());
        const string start = "<!-- fault-matrix:start -->";
        const string end = "<!-- fault-matrix:end -->";
        var from = doc.IndexOf(start, StringComparison.Ordinal);
        var to = doc.IndexOf(end, StringComparison.Ordinal);
        from.Should().BeGreaterThan(-1, "docs/reliability.md carries the fault-matrix markers");
        var table = doc.Substring(from + start.Length, to - from - start.Length).Replace("\r\n", "\n").Trim('\n') + "\n";

        table.Should().Be(FaultMatrix.RenderMarkdown(), "regenerate the table from FaultMatrix.Cases");
    }

    [Fact]
    public async Task A_transient_fault_followed_by_success_returns_the_resource_over_both_transports()
    {
        var fake = ReliabilityHarness.NewFake();
        var room = fake.Rooms.Create("transient");
        await using var server = await fake.StartServerAsync();
        using var sockets = new SocketsHttpHandler();
        foreach (var (handler, baseUri) in new[] { (fake.CreateHandler(), fake.BaseUri), ((HttpMessageHandler)sockets, server.BaseUri) })
        {
            var clock = TestClients.NewClock();
            var recording = ReliabilityHarness.Forwarding(handler);
            using var client = TestClients.Create(recording, clock, o =>
            {
                o.BaseUri = baseUri;
                o.Retry.Delay = FaultMatrix.BaseDelay;
            });
            fake.Faults.AddSequence("GET", "/rooms/*", FakeFault.Status(503), FakeFault.ResetMidBody(), FakeFault.DropConnection());

            var call = client.Api.GetAsync("/rooms/" + room.Id, ProbeJson.Default.ProbeRoom);
            var waited = await new FakeClockDriver(clock, client.Options.Timeout).RunAsync(call);

            (await call).Id.Should().Be(room.Id);
            recording.Requests.Should().HaveCount(4);
            waited.Should().Be(TimeSpan.FromSeconds(7));
        }
    }

    internal static string DocsPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "docs", "reliability.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/reliability.md was not found above " + AppContext.BaseDirectory);
    }

    private static Uri ClosedLoopbackPort()
    {
        // Bind, read the port, close: nothing listens there afterwards, so connecting is refused at once.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        return new Uri($"http://127.0.0.1:{port}/v2");
    }
}

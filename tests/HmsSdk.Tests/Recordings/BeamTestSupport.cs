using FluentAssertions;
using HmsSdk.Tests.Infrastructure;

namespace HmsSdk.Tests.Recordings;

/// <summary>Assertions for bad input: the right exception and parameter name, and no request on the wire.</summary>
public static class BadInput
{
    public static async Task ShouldRejectAsync<TException>(Func<Task> call, string paramName, RecordingHandler handler)
        where TException : ArgumentException
    {
        var exception = await Assert.ThrowsAnyAsync<TException>(call);
        exception.ParamName.Should().Be(paramName);
        handler.Requests.Should().BeEmpty("bad input must fail before any HTTP call");
    }

    /// <summary>Runs a list call until its first item so that lazy validation would also be caught.</summary>
    public static Func<Task> List<T>(Func<HmsAsyncPageable<T>> list) => async () =>
    {
        await foreach (var _ in list())
        {
            break;
        }
    };

    /// <summary>Ids that must each stay one escaped path segment, with the expected escaped form.</summary>
    public static IEnumerable<object[]> HostileIds() => new[]
    {
        new object[] { "../x", "..%2Fx" },
        new object[] { "a/b", "a%2Fb" },
        new object[] { "?start=1", "%3Fstart%3D1" },
        new object[] { "#frag", "%23frag" },
        new object[] { "%2F", "%252F" },
        new object[] { "has space", "has%20space" },
        new object[] { "名前", "%E5%90%8D%E5%89%8D" },
    };
}

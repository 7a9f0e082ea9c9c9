using FluentAssertions;

namespace HmsSdk.Tests.Infrastructure;

/// <summary>Captures the exception an action throws, so one test can check several calls.</summary>
public static class Catch
{
    public static async Task<Exception?> Async(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    /// <summary>Asserts an exact argument-exception type and its parameter name.</summary>
    public static void ShouldBeArgumentError(this Exception? exception, Type type, string paramName)
    {
        exception.Should().NotBeNull().And.BeOfType(type);
        ((ArgumentException)exception!).ParamName.Should().Be(paramName);
    }

    public static Exception? Sync(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}

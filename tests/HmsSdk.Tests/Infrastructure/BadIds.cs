namespace HmsSdk.Tests.Infrastructure;

/// <summary>
/// The ids every id parameter refuses before any request: null, empty, whitespace (space and tab), <c>.</c> and
/// <c>..</c> (the last two would change the path). Use with <c>[MemberData(nameof(BadIds.Cases), MemberType = typeof(BadIds))]</c>.
/// </summary>
public static class BadIds
{
    public static readonly IReadOnlyList<string?> Values = new string?[] { null, "", "   ", "\t", ".", ".." };

    /// <summary>Each bad id alone.</summary>
    public static TheoryData<string?> Cases
    {
        get
        {
            var data = new TheoryData<string?>();
            foreach (var id in Values)
            {
                data.Add(id);
            }

            return data;
        }
    }

    /// <summary>Each bad id with the exception it must raise: <see cref="ArgumentNullException"/> for null, <see cref="ArgumentException"/> otherwise.</summary>
    public static TheoryData<string?, Type> WithExceptionType
    {
        get
        {
            var data = new TheoryData<string?, Type>();
            foreach (var id in Values)
            {
                data.Add(id, id is null ? typeof(ArgumentNullException) : typeof(ArgumentException));
            }

            return data;
        }
    }
}

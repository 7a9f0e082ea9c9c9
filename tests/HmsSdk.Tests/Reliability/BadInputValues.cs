using System.Collections;
using System.Globalization;
using System.Reflection;

namespace HmsSdk.Tests.Reliability;

/// <summary>One hostile value of the sweep, with the label docs/reliability.md shows for it.</summary>
internal sealed record HostileValue(string Label, object? Value, HostileKind Kind);

/// <summary>What kind of mistake a hostile value stands for; decides the rules it is held to.</summary>
internal enum HostileKind
{
    Null,
    Empty,
    WhiteSpace,
    LineBreak,
    Nul,
    LoneSurrogate,
    Dot,
    DotDot,
    Huge,
    Negative,
    Zero,
    Max,
    EmptyCollection,
    NullElement,
    BlankElement,
}

/// <summary>The hostile values the sweep drives into every member, chosen by the member's type.</summary>
internal static class BadInputValues
{
    public static readonly string OneMegabyte = new('x', 1 << 20);

    /// <summary>The strings: null, empty, blank, CR/LF, NUL, a lone surrogate, dot segments, 1 MB.</summary>
    public static IEnumerable<HostileValue> Strings(bool includeNull = true)
    {
        if (includeNull)
        {
            yield return new("null", null, HostileKind.Null);
        }

        yield return new("\"\"", string.Empty, HostileKind.Empty);
        yield return new("\" \"", " ", HostileKind.WhiteSpace);
        yield return new("CR/LF (\"a\\r\\nb\")", "a\r\nb", HostileKind.LineBreak);
        yield return new("NUL (\"a\\0b\")", "a\0b", HostileKind.Nul);
        yield return new("lone surrogate (\"a\\uD800\")", "a\uD800", HostileKind.LoneSurrogate);
        yield return new("\".\"", ".", HostileKind.Dot);
        yield return new("\"..\"", "..", HostileKind.DotDot);
        yield return new("1 MB", OneMegabyte, HostileKind.Huge);
    }

    /// <summary>Hostile values for <paramref name="type"/>, or nothing when the type has none (bool, enums, models).</summary>
    public static IEnumerable<HostileValue> For(Type type, bool nullable)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        var core = underlying ?? type;
        var canBeNull = underlying is not null || !type.IsValueType;
        if (core == typeof(string))
        {
            return Strings(includeNull: true);
        }

        var values = new List<HostileValue>();
        if (core == typeof(int))
        {
            values.Add(new("-1", -1, HostileKind.Negative));
            values.Add(new("0", 0, HostileKind.Zero));
            values.Add(new("int.MaxValue", int.MaxValue, HostileKind.Max));
        }
        else if (core == typeof(long))
        {
            values.Add(new("-1", -1L, HostileKind.Negative));
            values.Add(new("0", 0L, HostileKind.Zero));
            values.Add(new("long.MaxValue", long.MaxValue, HostileKind.Max));
        }
        else if (core == typeof(double))
        {
            values.Add(new("-1", -1d, HostileKind.Negative));
            values.Add(new("0", 0d, HostileKind.Zero));
            values.Add(new("double.MaxValue", double.MaxValue, HostileKind.Max));
        }
        else if (core == typeof(TimeSpan))
        {
            values.Add(new("TimeSpan.Zero", TimeSpan.Zero, HostileKind.Zero));
            values.Add(new("-1 s", TimeSpan.FromSeconds(-1), HostileKind.Negative));
            values.Add(new("TimeSpan.MaxValue", TimeSpan.MaxValue, HostileKind.Max));
        }
        else if (ElementType(core) is { } element)
        {
            values.Add(new("empty collection", CreateCollection(core, element, Array.Empty<object?>()), HostileKind.EmptyCollection));
            if (!element.IsValueType || Nullable.GetUnderlyingType(element) is not null)
            {
                values.Add(new("null element", CreateCollection(core, element, new object?[] { null }), HostileKind.NullElement));
            }

            if (element == typeof(string))
            {
                values.Add(new("blank element", CreateCollection(core, element, new object?[] { " " }), HostileKind.BlankElement));
            }
        }
        else
        {
            return canBeNull && IsSweptReference(core) ? new[] { new HostileValue("null", null, HostileKind.Null) } : values;
        }

        if (canBeNull)
        {
            values.Insert(0, new("null", null, HostileKind.Null));
        }

        return values;
    }

    /// <summary>Reference types whose null is worth a case: options and models the caller builds.</summary>
    private static bool IsSweptReference(Type type) =>
        type.IsClass && type != typeof(object) && !typeof(Delegate).IsAssignableFrom(type);

    /// <summary>The element type of a list-like type the sweep can build, or null.</summary>
    public static Type? ElementType(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) || type.IsGenericType && IsDictionary(type.GetGenericTypeDefinition()))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericArguments().Length == 1)
        {
            return type.GetGenericArguments()[0];
        }

        return null;
    }

    private static bool IsDictionary(Type definition) =>
        definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(Dictionary<,>);

    private static object CreateCollection(Type type, Type element, object?[] items)
    {
        if (type.IsArray)
        {
            var array = Array.CreateInstance(element, items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                array.SetValue(items[i], i);
            }

            return array;
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        if (!type.IsAssignableFrom(list.GetType()))
        {
            throw new InvalidOperationException($"The sweep cannot build a {type}.");
        }

        return list;
    }

    /// <summary>The text forms a number or TimeSpan may take on the wire.</summary>
    public static IEnumerable<string> WireForms(object value) => value switch
    {
        int i => new[] { i.ToString(CultureInfo.InvariantCulture) },
        long l => new[] { l.ToString(CultureInfo.InvariantCulture) },
        double d => new[] { d.ToString("R", CultureInfo.InvariantCulture), d.ToString(CultureInfo.InvariantCulture), "1.7976931348623157E+308" },
        TimeSpan t => new[] { ((long)t.TotalSeconds).ToString(CultureInfo.InvariantCulture), t.TotalSeconds.ToString(CultureInfo.InvariantCulture) },
        _ => new[] { Convert.ToString(value, CultureInfo.InvariantCulture)! },
    };

    /// <summary>True when the declared member may hold null (nullable annotation or Nullable&lt;T&gt;).</summary>
    public static bool IsNullable(NullabilityInfo info, Type type) =>
        Nullable.GetUnderlyingType(type) is not null || (!type.IsValueType && info.WriteState != NullabilityState.NotNull);

    public static readonly NullabilityInfoContext Nullability = new();

    public static bool IsNullable(ParameterInfo parameter) => IsNullable(Nullability.Create(parameter), parameter.ParameterType);

    public static bool IsNullable(PropertyInfo property) => IsNullable(Nullability.Create(property), property.PropertyType);
}

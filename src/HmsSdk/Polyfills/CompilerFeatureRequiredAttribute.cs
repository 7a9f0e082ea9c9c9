#if !NET7_0_OR_GREATER
using System.ComponentModel;

namespace System.Runtime.CompilerServices;

/// <summary>Marks a member that needs a compiler feature (used by <c>required</c> members) on targets older than .NET 7.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
internal sealed class CompilerFeatureRequiredAttribute : Attribute
{
    /// <summary>The feature name the compiler emits for <c>ref struct</c> members.</summary>
    public const string RefStructs = nameof(RefStructs);

    /// <summary>The feature name the compiler emits for <c>required</c> members.</summary>
    public const string RequiredMembers = nameof(RequiredMembers);

    /// <summary>Creates the attribute for the named compiler feature.</summary>
    /// <param name="featureName">The compiler feature the member depends on.</param>
    public CompilerFeatureRequiredAttribute(string featureName)
    {
        FeatureName = featureName;
    }

    /// <summary>The compiler feature the member depends on.</summary>
    public string FeatureName { get; }

    /// <summary>Whether a compiler that does not know the feature may still use the member.</summary>
    public bool IsOptional { get; init; }
}
#endif

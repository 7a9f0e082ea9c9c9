#if !NET7_0_OR_GREATER
using System.ComponentModel;

namespace System.Diagnostics.CodeAnalysis;

/// <summary>Marks a constructor that sets every <c>required</c> member, on targets older than .NET 7.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
internal sealed class SetsRequiredMembersAttribute : Attribute
{
}
#endif

using System.Text.Json.Serialization;

namespace HmsSdk.Testing.Core;

/// <summary>Source-generated serializer for the few primitives the fake serializes outside JsonNode.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class FakeJsonContext : JsonSerializerContext
{
}

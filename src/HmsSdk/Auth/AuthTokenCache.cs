using System.Collections.Generic;

namespace HmsSdk;

/// <summary>
/// A bounded least-recently-used cache of default-timing auth tokens keyed by (room, role, user).
/// Guarded by one lock: a hit is a dictionary lookup, a miss costs a mint anyway.
/// </summary>
internal sealed class AuthTokenCache
{
    private readonly int _capacity;
    private readonly object _gate = new();
    private readonly Dictionary<(string RoomId, string Role, string UserId), LinkedListNode<Entry>> _entries;

    /// <summary>Most recently used first.</summary>
    private readonly LinkedList<Entry> _recency = new();

    public AuthTokenCache(int capacity)
    {
        _capacity = capacity;
        _entries = new Dictionary<(string, string, string), LinkedListNode<Entry>>();
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Builds the key; a missing and an empty user id give the same token, so they share an entry.</summary>
    public static (string RoomId, string Role, string UserId) KeyFor(AuthTokenOptions options) =>
        (options.RoomId, options.Role, options.UserId ?? string.Empty);

    /// <summary>Returns the cached token while <paramref name="nowUtcTicks"/> is before its refresh time, else <see langword="null"/>.</summary>
    public AuthToken? TryGet((string RoomId, string Role, string UserId) key, long nowUtcTicks)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out LinkedListNode<Entry>? node))
            {
                return null;
            }

            if (nowUtcTicks >= node.Value.RefreshAtUtcTicks)
            {
                _entries.Remove(key);
                _recency.Remove(node);
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Token;
        }
    }

    /// <summary>Stores or replaces the token for <paramref name="key"/>, evicting the least recently used entry when full.</summary>
    public void Set((string RoomId, string Role, string UserId) key, AuthToken token, long refreshAtUtcTicks)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out LinkedListNode<Entry>? existing))
            {
                _recency.Remove(existing);
                _entries.Remove(key);
            }
            else if (_entries.Count >= _capacity)
            {
                LinkedListNode<Entry> leastRecent = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(leastRecent.Value.Key);
            }

            LinkedListNode<Entry> node = _recency.AddFirst(new Entry(key, token, refreshAtUtcTicks));
            _entries[key] = node;
        }
    }

    private sealed class Entry
    {
        public Entry((string RoomId, string Role, string UserId) key, AuthToken token, long refreshAtUtcTicks)
        {
            Key = key;
            Token = token;
            RefreshAtUtcTicks = refreshAtUtcTicks;
        }

        public (string RoomId, string Role, string UserId) Key { get; }

        public AuthToken Token { get; }

        public long RefreshAtUtcTicks { get; }
    }
}

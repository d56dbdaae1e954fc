using System.Security.Cryptography;
using System.Text;

namespace CoachBot.Safety.Semantic;

/// <summary>
/// The last few verdicts, since typed answers repeat ("Data Analyst intern"). Keyed by a keyed SHA-256 of the
/// normalized text, never the text: nothing of what people say outlives the turn, and the key, made fresh for
/// each process, keeps a guessed sentence from being checked against the cache. Oldest out first; thread-safe.
/// </summary>
public sealed class RecentVerdicts(int capacity)
{
    private readonly byte[] hashKey = RandomNumberGenerator.GetBytes(32);
    private readonly Dictionary<UInt128, SafetySignal> verdicts = new(capacity);
    private readonly Queue<UInt128> order = new(capacity);
    private readonly Lock gate = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return verdicts.Count;
            }
        }
    }

    /// <summary>The cache's key for <paramref name="normalized"/>: the first 128 bits of its HMAC-SHA256.</summary>
    public UInt128 KeyOf(string normalized)
    {
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(hashKey, Encoding.UTF8.GetBytes(normalized), hash);
        return new UInt128(BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]));
    }

    public bool TryGet(UInt128 key, out SafetySignal verdict)
    {
        lock (gate)
        {
            return verdicts.TryGetValue(key, out verdict);
        }
    }

    public void Add(UInt128 key, SafetySignal verdict)
    {
        lock (gate)
        {
            if (!verdicts.TryAdd(key, verdict))
            {
                return;
            }

            order.Enqueue(key);
            if (order.Count > capacity)
            {
                verdicts.Remove(order.Dequeue());
            }
        }
    }
}

using System.Buffers;

namespace CoachBot.Safety;

/// <summary>
/// A growable character buffer that starts on the caller's stack and moves to a pooled array only for long
/// text, so folding a typical message allocates nothing. Dispose returns the pooled array.
/// </summary>
internal ref struct PooledCharBuffer
{
    private Span<char> chars;
    private char[]? rented;

    public PooledCharBuffer(Span<char> initial)
    {
        chars = initial;
        rented = null;
        Length = 0;
    }

    public int Length { get; private set; }

    public readonly ReadOnlySpan<char> Written => chars[..Length];

    public readonly char Last => chars[Length - 1];

    public void Append(char c)
    {
        if (Length == chars.Length)
        {
            Grow(1);
        }

        chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(chars[Length..]);
        Length += text.Length;
    }

    /// <summary>Forgets everything from <paramref name="length"/> on, to rewrite a word in place.</summary>
    public void Truncate(int length) => Length = length;

    public override readonly string ToString() => new(Written);

    public void Dispose()
    {
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
            rented = null;
        }
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(chars.Length * 2, Length + needed));
        chars[..Length].CopyTo(bigger);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        rented = bigger;
        chars = bigger;
    }
}

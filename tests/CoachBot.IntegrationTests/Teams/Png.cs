using System.Buffers.Binary;
using System.IO.Compression;

namespace CoachBot.IntegrationTests.Teams;

/// <summary>
/// A small PNG reader for the icon tests (System.Drawing is Windows-only): the header, and the pixels
/// of a non-interlaced 8-bit RGB or RGBA image, decoded through zlib and the five row filters.
/// </summary>
public sealed class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private Png(int width, int height, byte bitDepth, byte colorType, byte interlace, byte[] idat)
    {
        (Width, Height, BitDepth, ColorType, Interlace) = (width, height, bitDepth, colorType, interlace);
        compressed = idat;
    }

    private readonly byte[] compressed;

    public int Width { get; }
    public int Height { get; }
    public byte BitDepth { get; }

    /// <summary>0 grey, 2 RGB, 3 palette, 4 grey and alpha, 6 RGBA.</summary>
    public byte ColorType { get; }

    public byte Interlace { get; }

    public bool HasAlphaChannel => ColorType is 4 or 6;

    public static Png Read(string path) => Parse(File.ReadAllBytes(path));

    public static Png Parse(ReadOnlySpan<byte> file)
    {
        if (file.Length < Signature.Length + 25 || !file[..Signature.Length].SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file: the signature is wrong.");
        }

        var offset = Signature.Length;
        (int Width, int Height, byte Depth, byte Color, byte Interlace)? header = null;
        using var idat = new MemoryStream();
        while (offset + 12 <= file.Length)
        {
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(file[offset..]));
            var type = System.Text.Encoding.ASCII.GetString(file.Slice(offset + 4, 4));
            var data = file.Slice(offset + 8, length);
            offset += 12 + length;
            switch (type)
            {
                case "IHDR" when header is null && offset == Signature.Length + 25:
                    header = (
                        checked((int)BinaryPrimitives.ReadUInt32BigEndian(data)),
                        checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..])),
                        data[8], data[9], data[12]);
                    break;
                case "IHDR":
                    throw new InvalidDataException("IHDR must be the first chunk, and only once.");
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    var (width, height, depth, color, interlace) = header ?? throw new InvalidDataException("No IHDR chunk.");
                    return new Png(width, height, depth, color, interlace, idat.ToArray());
                default:
                    break;
            }
        }

        throw new InvalidDataException("No IEND chunk: the file is cut short.");
    }

    /// <summary>Every pixel as RGBA, row by row; an RGB image reads as opaque.</summary>
    public (byte R, byte G, byte B, byte A)[,] DecodeRgba()
    {
        if (BitDepth != 8 || ColorType is not (2 or 6) || Interlace != 0)
        {
            throw new NotSupportedException($"Only non-interlaced 8-bit RGB or RGBA is read here (bit depth {BitDepth}, colour type {ColorType}, interlace {Interlace}).");
        }

        var channels = ColorType == 6 ? 4 : 3;
        var stride = Width * channels;
        var raw = new byte[Height * (stride + 1)];
        using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            zlib.ReadExactly(raw);
        }

        var pixels = new (byte, byte, byte, byte)[Height, Width];
        var previous = new byte[stride];
        var current = new byte[stride];
        for (var y = 0; y < Height; y++)
        {
            var filter = raw[y * (stride + 1)];
            raw.AsSpan(y * (stride + 1) + 1, stride).CopyTo(current);
            Unfilter(filter, current, previous, channels);
            for (var x = 0; x < Width; x++)
            {
                var p = x * channels;
                pixels[y, x] = (current[p], current[p + 1], current[p + 2], channels == 4 ? current[p + 3] : (byte)255);
            }

            (previous, current) = (current, previous);
        }

        return pixels;
    }

    private static void Unfilter(byte filter, byte[] row, byte[] above, int bytesPerPixel)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
            int up = above[i];
            int upLeft = i >= bytesPerPixel ? above[i - bytesPerPixel] : 0;
            row[i] = (byte)(row[i] + filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new InvalidDataException($"Unknown PNG row filter {filter}."),
            });
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

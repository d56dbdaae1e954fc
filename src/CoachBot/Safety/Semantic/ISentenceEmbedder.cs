namespace CoachBot.Safety.Semantic;

/// <summary>Turns sentences into unit-length vectors whose dot product is their cosine similarity.</summary>
public interface ISentenceEmbedder
{
    float[][] Embed(string[] sentences, CancellationToken cancellationToken);
}

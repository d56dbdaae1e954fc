using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CoachBot.Safety;

/// <summary>A trained classifier's shipped JSON file: a format tag and a checksum of its whole content.</summary>
public interface ISealedWeights<TSelf>
    where TSelf : ISealedWeights<TSelf>
{
    /// <summary>The format the file says it is in.</summary>
    string FileFormat { get; }

    /// <summary>The SHA-256 of the file's JSON written with an empty checksum.</summary>
    string Checksum { get; }

    /// <summary>The format this version reads.</summary>
    static abstract string Format { get; }

    /// <summary>What the weights are, for messages: "The n-gram weights".</summary>
    static abstract string Described { get; }

    /// <summary>How the file is made again from the training data.</summary>
    static abstract string RegenerateCommand { get; }

    /// <summary>Checks what else makes a file of this kind unusable (stale against a dictionary or a featurizer, a head missing).</summary>
    /// <exception cref="InvalidDataException">Made by <see cref="SealedWeights.Unusable{T}"/>.</exception>
    static abstract void CheckUsable(TSelf weights);

    TSelf WithChecksum(string checksum);
}

/// <summary>
/// Writes, reads and checks a sealed weights file (<see cref="ISealedWeights{TSelf}"/>): a file damaged in a copy
/// or of another format, or one its kind finds unusable, stops start-up with the command that regenerates it.
/// </summary>
public static class SealedWeights
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The file's text, with its checksum.</summary>
    public static string ToJson<T>(T weights)
        where T : ISealedWeights<T> => JsonSerializer.Serialize(weights.WithChecksum(ChecksumOf(weights)), Json);

    /// <summary>Reads a weights file's text and checks its format, its checksum and what its kind checks.</summary>
    /// <exception cref="InvalidDataException">Why the file cannot be used, with the command that regenerates it.</exception>
    public static T Parse<T>(string json)
        where T : ISealedWeights<T>
    {
        T? weights;
        try
        {
            weights = JsonSerializer.Deserialize<T>(json, Json);
        }
        catch (JsonException e)
        {
            throw Unusable<T>($"cannot be read ({e.GetType().Name})", e);
        }

        if (weights is null || weights.FileFormat != T.Format)
        {
            throw Unusable<T>($"are not in the format {T.Format}");
        }

        if (!string.Equals(weights.Checksum, ChecksumOf(weights), StringComparison.Ordinal))
        {
            throw Unusable<T>("fail their checksum (a damaged file)");
        }

        T.CheckUsable(weights);
        return weights;
    }

    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">As <see cref="Parse{T}"/>.</exception>
    public static T Load<T>(string path)
        where T : ISealedWeights<T> =>
        File.Exists(path)
            ? Parse<T>(File.ReadAllText(path))
            : throw new FileNotFoundException($"{T.Described} file is missing: {path}. Regenerate it: {T.RegenerateCommand}", path);

    /// <summary>The error for a file that cannot be used: "<see cref="ISealedWeights{TSelf}.Described"/> <paramref name="why"/>; regenerate them: …".</summary>
    public static InvalidDataException Unusable<T>(string why, Exception? inner = null)
        where T : ISealedWeights<T> => new($"{T.Described} {why}; regenerate them: {T.RegenerateCommand}", inner);

    private static string ChecksumOf<T>(T weights)
        where T : ISealedWeights<T>
    {
        var unsealed = JsonSerializer.Serialize(weights.WithChecksum(""), Json);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(unsealed)));
    }
}

using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CoachBot.EncoderTuning;

/// <summary>
/// all-MiniLM-L6-v2 (BERT: 6 layers, hidden 384, 12 heads, feed-forward 1536, exact GELU, LayerNorm eps 1e-12) in
/// TorchSharp, with the package's float32 weights frozen and optional LoRA adapters (W + s·B·A) on chosen dense
/// weights of every layer. Its mean-pooled, normalized output is the shipped embedder's recipe.
/// </summary>
public sealed class MiniLmEncoder : IDisposable
{
    public const int Layers = 6;
    public const int Hidden = 384;
    public const int Heads = 12;
    private const double LayerNormEpsilon = 1e-12;

    private readonly Dictionary<string, Tensor> frozen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LoraAdapter> adapters = new(StringComparer.Ordinal);

    public MiniLmEncoder(MiniLmWeights weights, IReadOnlyCollection<string> adaptedTargets, int rank, double alpha)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(adaptedTargets);
        Rank = rank;
        Scale = alpha / rank;
        foreach (var name in WeightNames())
        {
            var (dims, values) = weights[name];
            frozen[name] = tensor(values, dims).requires_grad_(false);
        }

        for (var layer = 0; layer < Layers; layer++)
        {
            foreach (var target in adaptedTargets)
            {
                var name = $"encoder.layer.{layer}.{target}.weight";
                var shape = frozen[name].shape;
                adapters[name] = new LoraAdapter(name, inputs: shape[0], outputs: shape[1], rank);
            }
        }
    }

    /// <summary>The dense weights an adapter may sit on, by their place in a layer.</summary>
    public static IReadOnlyList<string> Targets { get; } =
        ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense", "intermediate.dense", "output.dense"];

    public int Rank { get; }

    public double Scale { get; }

    public IReadOnlyDictionary<string, LoraAdapter> Adapters => adapters;

    public IEnumerable<Parameter> TrainableParameters() => adapters.Values.SelectMany(a => new[] { a.A, a.B });

    /// <summary>
    /// Token states [batch, tokens, 384] for padded <paramref name="ids"/> and <paramref name="mask"/> ([batch, tokens]);
    /// the token types are all 0 (one sentence), as the shipped embedder's are.
    /// </summary>
    public Tensor TokenStates(Tensor ids, Tensor mask, bool withAdapters = true)
    {
        var batch = ids.shape[0];
        var length = ids.shape[1];
        var positions = arange(length, dtype: ScalarType.Int64);
        var x = frozen["embeddings.word_embeddings.weight"].index_select(0, ids.flatten()).view(batch, length, Hidden)
            + frozen["embeddings.position_embeddings.weight"].index_select(0, positions).unsqueeze(0)
            + frozen["embeddings.token_type_embeddings.weight"][0];
        x = Norm(x, "embeddings.LayerNorm");

        // Padding gets −10000 before the softmax, as the exported graph's attention mask does.
        var maskBias = ((1 - mask.to_type(ScalarType.Float32)) * -10000f).view(batch, 1, 1, length);
        var headSize = Hidden / Heads;
        for (var layer = 0; layer < Layers; layer++)
        {
            var p = $"encoder.layer.{layer}.";
            var q = Dense(x, p + "attention.self.query", withAdapters).view(batch, length, Heads, headSize).transpose(1, 2);
            var k = Dense(x, p + "attention.self.key", withAdapters).view(batch, length, Heads, headSize).transpose(1, 2);
            var v = Dense(x, p + "attention.self.value", withAdapters).view(batch, length, Heads, headSize).transpose(1, 2);
            var scores = q.matmul(k.transpose(-1, -2)) / Math.Sqrt(headSize) + maskBias;
            var context = scores.softmax(-1).matmul(v).transpose(1, 2).contiguous().view(batch, length, Hidden);
            x = Norm(Dense(context, p + "attention.output.dense", withAdapters) + x, p + "attention.output.LayerNorm");
            var inner = nn.functional.gelu(Dense(x, p + "intermediate.dense", withAdapters));
            x = Norm(Dense(inner, p + "output.dense", withAdapters) + x, p + "output.LayerNorm");
        }

        return x;
    }

    /// <summary>The unit mean of the real tokens' states: [batch, 384]; without the adapters, the package model's.</summary>
    public Tensor Embed(Tensor ids, Tensor mask, bool withAdapters = true)
    {
        var states = TokenStates(ids, mask, withAdapters);
        var weights = mask.to_type(ScalarType.Float32).unsqueeze(-1);
        var mean = (states * weights).sum(1) / weights.sum(1).clamp_min(1e-9);
        return nn.functional.normalize(mean, p: 2, dim: 1, eps: 1e-12);
    }

    public void Dispose()
    {
        foreach (var t in frozen.Values)
        {
            t.Dispose();
        }

        foreach (var a in adapters.Values)
        {
            a.Dispose();
        }
    }

    private Tensor Dense(Tensor x, string name, bool withAdapters)
    {
        var y = x.matmul(frozen[name + ".weight"]) + frozen[name + ".bias"];
        return withAdapters && adapters.TryGetValue(name + ".weight", out var adapter) ? y + (adapter.Apply(x) * Scale) : y;
    }

    private Tensor Norm(Tensor x, string name) =>
        nn.functional.layer_norm(x, [Hidden], frozen[name + ".weight"], frozen[name + ".bias"], LayerNormEpsilon);

    private static IEnumerable<string> WeightNames()
    {
        yield return "embeddings.word_embeddings.weight";
        yield return "embeddings.position_embeddings.weight";
        yield return "embeddings.token_type_embeddings.weight";
        yield return "embeddings.LayerNorm.weight";
        yield return "embeddings.LayerNorm.bias";
        for (var layer = 0; layer < Layers; layer++)
        {
            foreach (var target in Targets)
            {
                yield return $"encoder.layer.{layer}.{target}.weight";
                yield return $"encoder.layer.{layer}.{target}.bias";
            }

            yield return $"encoder.layer.{layer}.attention.output.LayerNorm.weight";
            yield return $"encoder.layer.{layer}.attention.output.LayerNorm.bias";
            yield return $"encoder.layer.{layer}.output.LayerNorm.weight";
            yield return $"encoder.layer.{layer}.output.LayerNorm.bias";
        }
    }
}

/// <summary>
/// A rank-r update of one [in, out] weight: x·W becomes x·W + s·(x·Aᵀ)·Bᵀ, i.e. W + s·(B·A)ᵀ. B starts at zero, so
/// training starts from the package's model exactly.
/// </summary>
public sealed class LoraAdapter : IDisposable
{
    public LoraAdapter(string weightName, long inputs, long outputs, int rank)
    {
        WeightName = weightName;
        // A as nn.Linear initializes its weight (Kaiming uniform with a = √5: bound 1/√inputs).
        var bound = 1.0 / Math.Sqrt(inputs);
        A = new Parameter((rand(rank, inputs) * 2 - 1) * bound);
        B = new Parameter(zeros(outputs, rank));
    }

    public string WeightName { get; }

    /// <summary>[rank, in].</summary>
    public Parameter A { get; }

    /// <summary>[out, rank].</summary>
    public Parameter B { get; }

    public Tensor Apply(Tensor x) => x.matmul(A.t()).matmul(B.t());

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
    }
}

using System.Globalization;
using CoachBot.EncoderTuning;
using TorchSharp;

// Two threads at most: the machine's two cores are shared.
torch.set_num_threads(int.TryParse(Environment.GetEnvironmentVariable("COACHBOT_TORCH_THREADS"), out var threads) ? threads : 2);
var command = args.FirstOrDefault() ?? "check";
var options = Options(args.Skip(1).ToArray());
return command switch
{
    "check" => ForwardCheck.Run(int.Parse(Get("sentences", "50"), CultureInfo.InvariantCulture), options.GetValueOrDefault("adapter")),
    "train" => new Trainer(
        new TuningSettings(
            Targets: [.. Get("targets", "query,value").Split(',').Select(Target)],
            Rank: int.Parse(Get("rank", "8"), CultureInfo.InvariantCulture),
            Alpha: double.Parse(Get("alpha", "16"), CultureInfo.InvariantCulture),
            Epochs: int.Parse(Get("epochs", "3"), CultureInfo.InvariantCulture),
            LearningRate: double.Parse(Get("rate", "5e-4"), CultureInfo.InvariantCulture),
            BatchSize: int.Parse(Get("batch", "32"), CultureInfo.InvariantCulture),
            MaxTokens: int.Parse(Get("max-tokens", "64"), CultureInfo.InvariantCulture),
            Seed: int.Parse(Get("seed", "15"), CultureInfo.InvariantCulture),
            HeldApart: Get("held-apart", "fresh-3-en,fresh-5-en-short").Split(',', StringSplitOptions.RemoveEmptyEntries),
            Dropout: double.Parse(Get("dropout", "0.1"), CultureInfo.InvariantCulture),
            KeepCosines: double.Parse(Get("keep-cosines", "0"), CultureInfo.InvariantCulture),
            MeasureBefore: Get("measure-before", "yes") == "yes",
            HardWeight: double.Parse(Get("hard-weight", "1"), CultureInfo.InvariantCulture),
            HardSources: Get("hard-sources", "fresh-5-hard-negatives,fig-1").Split(',', StringSplitOptions.RemoveEmptyEntries)),
        repository: Directory.GetCurrentDirectory(),
        blindFile: Get("blind", "/work/extra/fresh-4/en.tsv"),
        outputDirectory: Directory.CreateDirectory(Get("out", "/tmp/coachbot-encoder-tuning")).FullName).Run(),
    "geometry" => BankGeometry.Run(Get("adapter", "bench/CoachBot.EncoderTuning/runs/encoder-lora.qv8-epoch2.bin"), Get("file", "/work/extra/fresh-4/en.tsv")),
    _ => Usage(),
};

// --name value pairs.
static Dictionary<string, string> Options(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        options[args[i].TrimStart('-')] = args[i + 1];
    }

    return options;
}

string Get(string name, string fallback) => options.TryGetValue(name, out var value) ? value : fallback;

// "query" → attention.self.query; "intermediate" → intermediate.dense, "output" → output.dense.
static string Target(string shortName) =>
    MiniLmEncoder.Targets.SingleOrDefault(t => t.EndsWith("." + shortName, StringComparison.Ordinal) || t == shortName + ".dense" || t == shortName)
    ?? throw new ArgumentException($"No dense weight {shortName}; one of {string.Join(", ", MiniLmEncoder.Targets)}.");

static int Usage()
{
    Console.Error.WriteLine("usage: run.sh check [--sentences 50] [--adapter FILE] | run.sh geometry [--adapter FILE] [--file TSV] | run.sh train [--targets query,value] [--rank 8] [--epochs 3] ... (README.md)");
    return 2;
}

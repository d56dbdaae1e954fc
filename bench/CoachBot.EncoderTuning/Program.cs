using CoachBot.EncoderTuning;
using TorchSharp;

torch.set_num_threads(int.TryParse(Environment.GetEnvironmentVariable("COACHBOT_TORCH_THREADS"), out var threads) ? threads : 2);
var command = args.FirstOrDefault() ?? "check";
return command switch
{
    "check" => ForwardCheck.Run(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: check | train ... (see README.md)");
    return 2;
}

using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Etiquette.Core.Classification;
using Etiquette.Core.Engine;
using Etiquette.Core.Serialization;
using Etiquette.Learning;
using Etiquette.Rules;

namespace Etiquette.Benchmarks;

/// <summary>
/// Writing a lint answer with the shipped model, medium draft, as the service writes it: relaxed escaping (the CLI's
/// characters). The baseline puts the encoder on the serializer options, as ASP.NET Core's JSON results do with the
/// service's <c>JsonOptions</c>, which turns the source-generated fast path off; the service puts it on the writer.
/// </summary>
[MemoryDiagnoser]
public class ResponseBenchmarks
{
    private static readonly JavaScriptEncoder Relaxed = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private readonly JsonSerializerOptions _encoderOnOptions = new(EtiquetteJson.Options) { Encoder = Relaxed };
    private readonly ArrayBufferWriter<byte> _buffer = new(8192);
    private Utf8JsonWriter _writer = null!;
    private LintResult _result = null!;
    private LintResponse _response = null!;

    [GlobalSetup]
    public void Setup()
    {
        var linter = EtiquetteRules.CreateLinter(classifier: new SentenceClassifier(ModelArchive.Load(ShippedModel.Path)));
        _result = linter.Lint(new LintRequest(Drafts.Medium, Drafts.Conversation));
        _response = LintResponse.From(_result);
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = Relaxed, SkipValidation = true });
    }

    /// <summary>The answer's models from the engine's result, before either way of writing them.</summary>
    [Benchmark]
    public LintResponse BuildModels() => LintResponse.From(_result);

    [Benchmark(Baseline = true)]
    public int EncoderOnOptions()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        JsonSerializer.Serialize(_writer, _response, _encoderOnOptions);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int EncoderOnWriter()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        JsonSerializer.Serialize(_writer, _response, EtiquetteJsonContext.Default.LintResponse);
        return _buffer.WrittenCount;
    }
}

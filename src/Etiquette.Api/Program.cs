using Etiquette.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddEtiquetteApi();
var app = builder.Build();
app.UseEtiquetteApi();
app.Run();

/// <summary>The service's entry point; public so that tests can host it (WebApplicationFactory).</summary>
public partial class Program;

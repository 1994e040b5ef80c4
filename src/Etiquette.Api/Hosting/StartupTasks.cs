using Etiquette.Api.Classification;
using Etiquette.Api.Storage;

namespace Etiquette.Api.Hosting;

/// <summary>Before the first request: load the model (or note why there is none) and create or migrate the store's schema.</summary>
public sealed class StartupTasks(ModelHost model, FeedbackStore store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        model.Load();
        await store.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

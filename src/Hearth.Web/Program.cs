using Hearth.Web.Hosting;

var app = HearthApp.Build(args);
await HearthApp.PrepareAsync(app);
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Hearth.Web.Pages.Returns;

/// <summary>
/// Keeps an uploaded census file between the dry run and the import: saved under a server-side temp
/// folder with a random token for its name (never the user's file name), readable only by the user who
/// uploaded it, deleted after the import and, left behind, after a day. The SSDA903 import keeps its files the
/// same way (<see cref="Ssda903Uploads"/>).
/// </summary>
public partial class CensusUploads
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    private readonly string folder;
    private readonly TimeProvider clock;
    private readonly string extension;

    public CensusUploads(TimeProvider clock)
        : this(Path.Combine(Path.GetTempPath(), "hearth-census-uploads"), clock)
    {
    }

    public CensusUploads(string folder, TimeProvider clock, string extension = ".xml")
    {
        this.folder = folder;
        this.clock = clock;
        this.extension = extension;
    }

    /// <summary>A file kept for the import: where it is, the name it was uploaded with, and who uploaded it.</summary>
    public sealed record Upload(string Token, string Path, string FileName, Guid UserId);

    /// <summary>Saves the upload and returns its token; clears out uploads older than a day first.</summary>
    public async Task<Upload> SaveAsync(Stream content, string fileName, Guid userId, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        DeleteExpired();
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var upload = new Upload(token, DataPath(token), Path.GetFileName(fileName), userId);
        await using (var file = new FileStream(upload.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
        {
            await content.CopyToAsync(file, ct);
        }
        await File.WriteAllLinesAsync(InfoPath(token), [userId.ToString(), upload.FileName], ct);
        return upload;
    }

    /// <summary>The upload with this token, if it is still kept and was made by <paramref name="userId"/>; otherwise null.</summary>
    public async Task<Upload?> FindAsync(string? token, Guid userId, CancellationToken ct)
    {
        if (token is null || !TokenPattern().IsMatch(token) || !File.Exists(DataPath(token)) || !File.Exists(InfoPath(token)))
        {
            return null;
        }
        if (clock.GetUtcNow().UtcDateTime - File.GetLastWriteTimeUtc(DataPath(token)) > KeptFor)
        {
            Delete(token);
            return null;
        }
        var info = await File.ReadAllLinesAsync(InfoPath(token), ct);
        return info.Length >= 2 && Guid.TryParse(info[0], out var owner) && owner == userId
            ? new Upload(token, DataPath(token), info[1], owner)
            : null;
    }

    public void Delete(string token)
    {
        if (!TokenPattern().IsMatch(token))
        {
            return;
        }
        File.Delete(DataPath(token));
        File.Delete(InfoPath(token));
    }

    private void DeleteExpired()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - KeptFor;
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff)
                {
                    File.Delete(file);
                }
            }
            catch (IOException)
            {
                // Another request is using or has just deleted it: the next clear-out will try again.
            }
        }
    }

    private string DataPath(string token) => Path.Combine(folder, token + extension);

    private string InfoPath(string token) => Path.Combine(folder, token + ".info");

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenPattern();
}

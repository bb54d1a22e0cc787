namespace Hearth.Web;

/// <summary>The missing and away routes (see the pages under Pages/Missing); the tab itself is <see cref="MissingEpisodes"/>.</summary>
public static partial class Links
{
    /// <summary>Children whose return home interview is overdue or due within a day, across the authority.</summary>
    public const string ReturnInterviewsDue = "/missing/return-interviews";

    public static string RecordMissingEpisode(Guid id) => $"{MissingEpisodes(id)}/new";

    /// <summary>Change an episode, as when the child comes back.</summary>
    public static string ChangeMissingEpisode(Guid id, Guid episodeId) => $"{MissingEpisodes(id)}/{episodeId}/change";

    public static string RecordReturnInterview(Guid id, Guid episodeId) => $"{MissingEpisodes(id)}/{episodeId}/return-interview";

    /// <summary>One episode on the child's Missing tab.</summary>
    public static string MissingEpisode(Guid id, Guid episodeId) => $"{MissingEpisodes(id)}#missing-{episodeId}";
}

using Hearth.Core.Audit;

namespace Hearth.Core.Chronology;

public sealed record ChronologyEntryAdded(Guid EntryId, Guid PersonId, DateOnly Date, string Source, string WhatHappened) : IProcessEvent
{
    public string Summary => $"{Source}: {WhatHappened}";
}

public sealed record ChronologyAnnotationSnapshot(bool Significant, string? Impact);

public sealed record ChronologyEntryAnnotated(long ProcessEventId, Guid PersonId, ChronologyAnnotationSnapshot? Old, ChronologyAnnotationSnapshot New) : IProcessEvent
{
    public string Summary => New.Significant ? "Chronology entry marked significant" : "Chronology entry's significance changed";
}

using Hearth.Core.Returns.CinCensus;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>
/// Which return to build from the record: the collection year (1 April to 31 March), optionally one child (for the
/// findings on the child's record), and optionally the day it is taken, for a return built before the year ends.
/// </summary>
public sealed record Ssda903Scope(CensusYear Year, Guid? PersonId = null, DateOnly? AsAt = null);

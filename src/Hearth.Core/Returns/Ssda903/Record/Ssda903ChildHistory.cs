using Hearth.Core.CareLeavers;
using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Returns.CinCensus;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>One child's rows across the file's tables.</summary>
internal sealed class Ssda903ChildRows
{
    public required HeaderRow Header { get; init; }
    public List<EpisodeRow> Episodes { get; } = [];
    public List<ReviewRow> Reviews { get; } = [];
    public List<UascRow> Uasc { get; } = [];
    public List<Oc2Row> Oc2 { get; } = [];
    public List<Oc3Row> Oc3 { get; } = [];
    public List<Ad1Row> Ad1 { get; } = [];
    public List<PlacedAdoptionRow> PlacedAdoption { get; } = [];
    public List<PrevPermRow> PrevPerm { get; } = [];
    public List<MissingRow> Missing { get; } = [];
    public List<SwEpisodeRow> SwEpisodes { get; } = [];
    public List<DoloRow> Dolo { get; } = [];

    public string Child => Header.CHILD!.Trim();

    public static List<Ssda903ChildRows> Of(Ssda903Return file)
    {
        var children = new Dictionary<string, Ssda903ChildRows>(StringComparer.Ordinal);
        foreach (var h in file.Header)
        {
            children.TryAdd(h.CHILD!.Trim(), new Ssda903ChildRows { Header = h });
        }
        void Add<T>(IEnumerable<T> rows, Func<Ssda903ChildRows, List<T>> list) where T : Ssda903Row
        {
            foreach (var row in rows)
            {
                list(children[row.CHILD!.Trim()]).Add(row);
            }
        }
        Add(file.Episodes, c => c.Episodes);
        Add(file.Reviews, c => c.Reviews);
        Add(file.Uasc, c => c.Uasc);
        Add(file.Oc2, c => c.Oc2);
        Add(file.Oc3, c => c.Oc3);
        Add(file.Ad1, c => c.Ad1);
        Add(file.PlacedAdoption, c => c.PlacedAdoption);
        Add(file.PrevPerm, c => c.PrevPerm);
        Add(file.Missing, c => c.Missing);
        Add(file.SwEpisodes, c => c.SwEpisodes);
        Add(file.Dolo, c => c.Dolo);
        return [.. children.Values];
    }
}

/// <summary>
/// One child's imported history: the file's rows as the record's own items, flagged Imported where the item has the
/// flag, leaving out what the record already holds (<see cref="Ssda903HeldHistory"/>). Items that hang on a period of
/// care (reviews, adoption decisions) go on the period open that day, else the one before it, else the child's first;
/// a child with none at all cannot hold them (a problem). Missing episodes start and end at 00:00 in England on the
/// days given (the return holds no time), and care leaver contacts are dated on the birthday the OC3 row is about.
/// </summary>
internal sealed class Ssda903ChildHistory(Guid personId, CensusYear year, DateOnly? dateOfBirth, DateTime now,
    Ssda903HeldHistory held, List<Ssda903ImportProblem> problems, List<Ssda903ImportProblem> notes)
{
    private const string ImportedBy = Ssda903ImportPeriods.RecordedBy;

    public List<CarePeriod> Periods { get; } = [];

    /// <summary>Periods in the file that carry on one already held (<see cref="Ssda903PeriodContinuation"/>).</summary>
    public List<(Guid HeldId, CarePeriod Later)> Continuations { get; } = [];
    public List<LookedAfterReview> Reviews { get; } = [];
    public List<HealthEntry> Health { get; } = [];
    public List<CareLeaverContact> Contacts { get; } = [];
    public List<AdoptionDecision> Adoptions { get; } = [];
    public List<MissingEpisode> Missing { get; } = [];
    public List<SocialWorkerEpisode> SocialWorkers { get; } = [];
    public List<DeprivationOfLibertyOrder> Orders { get; } = [];
    public LookedAfterChildProfile? NewProfile { get; private set; }
    public int AlreadyHeld { get; private set; }
    public bool ProfileChanged { get; private set; }

    private readonly List<(Guid Id, DateOnly Start)> _periods = [];

    public void Add(Ssda903ChildRows rows, bool dryRun)
    {
        var heldPeriods = held.Periods[personId].ToList();
        foreach (var period in Ssda903ImportPeriods.From(rows.Episodes, personId, year.Start, now, notes))
        {
            if (heldPeriods.Any(h => h.Start == period.StartDate))
            {
                AlreadyHeld++;
                continue;
            }
            if (period.ImportedFirstEpisodeReason is not null
                && heldPeriods.FirstOrDefault(h => h.Start < period.StartDate && (h.End is null || h.End >= period.StartDate)) is { Id: var heldId }
                && heldId != Guid.Empty)
            {
                Continuations.Add((heldId, period));
                continue;
            }
            Periods.Add(period);
        }
        _periods.AddRange(heldPeriods.Select(h => (h.Id, h.Start)).Concat(Periods.Select(p => (p.Id, Start: p.StartDate))).OrderBy(p => p.Start));

        foreach (var r in rows.Reviews)
        {
            var on = Ssda903Date.Parse(r.REVIEW)!.Value;
            if (PeriodFor(Ssda903Table.Reviews, r, on) is { } periodId && New(held.Reviews.Add((personId, on))))
            {
                Reviews.Add(new LookedAfterReview
                {
                    CarePeriodId = periodId,
                    PersonId = personId,
                    HeldOn = on,
                    ChairName = "Not known (imported)",
                    ParticipationCode = r.REVIEW_CODE ?? "",
                    Imported = true,
                    RecordedAt = now,
                    RecordedByName = ImportedBy,
                });
            }
        }
        AddAdoptions(rows);
        AddHealth(rows);
        AddContacts(rows);
        foreach (var m in rows.Missing)
        {
            var start = Midnight(Ssda903Date.Parse(m.MIS_START)!.Value);
            if (New(held.Missing.Add((personId, start))))
            {
                Missing.Add(new MissingEpisode
                {
                    PersonId = personId,
                    CarePeriodId = PeriodOn(Ssda903Date.Parse(m.MIS_START)!.Value),
                    Kind = m.MISSING == "M" ? MissingKind.Missing : MissingKind.Away,
                    StartedAt = start,
                    ReturnedAt = Ssda903Date.Parse(m.MIS_END) is { } end ? Midnight(end) : null,
                    Imported = true,
                    RecordedAt = now,
                    RecordedByName = ImportedBy,
                });
            }
        }
        foreach (var s in rows.SwEpisodes)
        {
            var from = Ssda903Date.Parse(s.SW_DECOM)!.Value;
            if (New(held.SocialWorkers.Add((personId, s.SW_ID ?? "", from))))
            {
                SocialWorkers.Add(new SocialWorkerEpisode
                {
                    PersonId = personId,
                    SocialWorkerId = s.SW_ID ?? "",
                    From = from,
                    To = Ssda903Date.Parse(s.SW_DEC),
                    Reason = s.SW_REASON,
                });
            }
        }
        foreach (var d in rows.Dolo)
        {
            var start = Ssda903Date.Parse(d.DOLO_START)!.Value;
            if (New(held.Orders.Add((personId, start))))
            {
                Orders.Add(new DeprivationOfLibertyOrder
                {
                    PersonId = personId,
                    StartDate = start,
                    EndDate = Ssda903Date.Parse(d.DOLO_END),
                    Imported = true,
                    RecordedAt = now,
                    RecordedByName = ImportedBy,
                });
            }
        }
        AddProfile(rows, dryRun);
    }

    private bool New(bool added)
    {
        if (!added)
        {
            AlreadyHeld++;
        }
        return added;
    }

    private static DateTime Midnight(DateOnly day) => EnglandClock.FromEnglandTime(day.ToDateTime(TimeOnly.MinValue));

    private Guid? PeriodOn(DateOnly day)
    {
        Guid? found = null;
        foreach (var period in _periods.Where(p => p.Start <= day))
        {
            found = period.Id;
        }
        return found;
    }

    private Guid? PeriodFor(string table, Ssda903Row row, DateOnly? day)
    {
        if (_periods.Count == 0)
        {
            problems.Add(new Ssda903ImportProblem(table, row.Row, row.CHILD!.Trim(),
                $"{table} row {row.Row}: child {row.CHILD} has no episodes in the file and no period of care on the record, and the record holds this on a period of care."));
            return null;
        }
        return (day is { } d ? PeriodOn(d) : null) ?? _periods[0].Id;
    }

    /// <summary>A PlacedAdoption row is a decision; the AD1 row's items go on the latest, or on a decision of their own when there is none.</summary>
    private void AddAdoptions(Ssda903ChildRows rows)
    {
        var decisions = new List<(Ssda903Row Row, AdoptionDecision Decision)>();
        foreach (var p in rows.PlacedAdoption.OrderBy(p => Ssda903Date.Parse(p.DATE_PLACED)))
        {
            decisions.Add((p, new AdoptionDecision
            {
                PersonId = personId,
                ShouldBePlacedOn = Ssda903Date.Parse(p.DATE_PLACED),
                ReversedOn = Ssda903Date.Parse(p.DATE_PLACED_CEASED),
                ReversedReason = p.REASON_PLACED_CEASED,
                Imported = true,
            }));
        }
        if (rows.Ad1.FirstOrDefault() is { } ad1)
        {
            if (decisions.Count == 0)
            {
                decisions.Add((ad1, new AdoptionDecision { PersonId = personId, Imported = true }));
            }
            var target = decisions[^1].Decision;
            target.BestInterestDecisionOn = Ssda903Date.Parse(ad1.DATE_INT);
            target.MatchedOn = Ssda903Date.Parse(ad1.DATE_MATCH);
            target.FosterCarerAdopting = ad1.FOSTER_CARE switch { "1" => true, "0" => false, _ => null };
            target.NumberOfAdopters = Ssda903HealthItems.Score(ad1.NB_ADOPTR);
            target.AdoptersSex = ad1.SEX_ADOPTR;
            target.AdoptersLegalStatus = ad1.LS_ADOPTR;
            foreach (var extra in rows.Ad1.Skip(1))
            {
                notes.Add(new Ssda903ImportProblem(Ssda903Table.Ad1, extra.Row, rows.Child,
                    $"AD1 row {extra.Row}: child {rows.Child} has an AD1 row already (row {ad1.Row}); the record keeps the first."));
            }
        }
        foreach (var (row, decision) in decisions)
        {
            var day = decision.ShouldBePlacedOn ?? decision.BestInterestDecisionOn ?? decision.MatchedOn;
            if (PeriodFor(row is Ad1Row ? Ssda903Table.Ad1 : Ssda903Table.PlacedAdoption, row, day) is { } periodId
                && New(held.Adoptions.Add((personId, decision.ShouldBePlacedOn, decision.BestInterestDecisionOn, decision.MatchedOn))))
            {
                decision.CarePeriodId = periodId;
                Adoptions.Add(decision);
            }
        }
    }

    private void AddHealth(Ssda903ChildRows rows)
    {
        foreach (var o in rows.Oc2)
        {
            foreach (var (kind, score, reason) in Ssda903HealthItems.Entries(o))
            {
                if (New(held.Health.Add((personId, kind, year.End))))
                {
                    Health.Add(new HealthEntry
                    {
                        PersonId = personId,
                        Kind = kind,
                        On = year.End,
                        SdqScore = score,
                        SdqReason = reason,
                        Notes = $"Imported from the SSDA903 return for {year}: the return gives the year, not the day.",
                        Imported = true,
                        RecordedAt = now,
                        RecordedByName = ImportedBy,
                    });
                }
            }
            var back = Ssda903HealthItems.Row(rows.Child, personId, o.DOB, year.End,
                [.. Ssda903HealthItems.Entries(o).Select(e => new Ssda903HealthRow(personId, e.Kind, year.End, e.Score, e.Reason))]);
            var differences = new[] { ("INTERVENTION_RECEIVED", back.INTERVENTION_RECEIVED, o.INTERVENTION_RECEIVED), ("INTERVENTION_OFFERED", back.INTERVENTION_OFFERED, o.INTERVENTION_OFFERED),
                    ("CONVICTED", back.CONVICTED, o.CONVICTED), ("HEALTH_CHECK", back.HEALTH_CHECK, o.HEALTH_CHECK), ("IMMUNISATIONS", back.IMMUNISATIONS, o.IMMUNISATIONS),
                    ("TEETH_CHECK", back.TEETH_CHECK, o.TEETH_CHECK), ("HEALTH_ASSESSMENT", back.HEALTH_ASSESSMENT, o.HEALTH_ASSESSMENT), ("SUBSTANCE_MISUSE", back.SUBSTANCE_MISUSE, o.SUBSTANCE_MISUSE) }
                .Where(d => d.Item2 != d.Item3).Select(d => $"{d.Item1} {Ssda903ImportPeriods.Shown(d.Item2)} (the file has {Ssda903ImportPeriods.Shown(d.Item3)})").ToList();
            if (differences.Count > 0)
            {
                notes.Add(new Ssda903ImportProblem(Ssda903Table.Oc2, o.Row, rows.Child,
                    $"OC2 row {o.Row}: the record holds each item as whether it happened in the year, so the return built from it has {string.Join(", ", differences)}."));
            }
        }
    }

    private void AddContacts(Ssda903ChildRows rows)
    {
        foreach (var o in rows.Oc3.Where(o => o.IN_TOUCH is not null || o.ACTIV is not null || o.ACCOM is not null))
        {
            var birthday = CareLeavers.CareLeaverContacts.BirthdayBetween(dateOfBirth, year.Start, year.End)?.Birthday;
            if (birthday is null)
            {
                notes.Add(new Ssda903ImportProblem(Ssda903Table.Oc3, o.Row, rows.Child,
                    $"OC3 row {o.Row}: child {rows.Child} has no 17th to 21st birthday in {year}; the contact is recorded on 31 March."));
            }
            var on = birthday ?? year.End;
            if (New(held.Contacts.Add((personId, on))))
            {
                Contacts.Add(new CareLeaverContact
                {
                    PersonId = personId,
                    ContactOn = on,
                    InTouch = o.IN_TOUCH ?? "",
                    Activity = o.ACTIV,
                    Accommodation = o.ACCOM,
                    Notes = $"Imported from the SSDA903 return for {year} (OC3): the contact around this birthday; the return does not give its day.",
                    Imported = true,
                    RecordedAt = now,
                    RecordedByName = ImportedBy,
                });
            }
        }
    }

    /// <summary>MOTHER and MC_DOB, UASC and DUC, and PrevPerm: on the child's profile, filling what it does not hold yet.</summary>
    private void AddProfile(Ssda903ChildRows rows, bool dryRun)
    {
        var h = rows.Header;
        var uasc = rows.Uasc.FirstOrDefault();
        var prev = rows.PrevPerm.FirstOrDefault();
        if (h.MOTHER is null && h.MC_DOB is null && uasc is null && prev is null)
        {
            return;
        }
        var profile = held.Profiles.GetValueOrDefault(personId);
        if (profile is null)
        {
            NewProfile = profile = new LookedAfterChildProfile { PersonId = personId };
        }
        else if (dryRun)
        {
            return;
        }
        var before = (profile.IsMother, profile.MothersChildBirthDate, profile.UnaccompaniedAsylumSeeker, profile.UascCeasedOn, profile.PreviousPermanence);
        profile.IsMother ??= h.MOTHER switch { "1" => true, "0" => false, _ => null };
        profile.MothersChildBirthDate ??= Ssda903Date.Parse(h.MC_DOB);
        if (uasc is not null && !profile.UnaccompaniedAsylumSeeker)
        {
            profile.UnaccompaniedAsylumSeeker = true;
            profile.UascCeasedOn ??= Ssda903Date.Parse(uasc.DUC);
        }
        if (prev is not null && profile.PreviousPermanence is null)
        {
            profile.PreviousPermanence = prev.PREV_PERM ?? "";
            profile.PreviousPermanenceAuthority = prev.LA_PERM;
            profile.PreviousPermanenceDate = prev.DATE_PERM;
        }
        ProfileChanged = NewProfile is null
            && before != (profile.IsMother, profile.MothersChildBirthDate, profile.UnaccompaniedAsylumSeeker, profile.UascCeasedOn, profile.PreviousPermanence);
    }

    public bool AddsAnything =>
        Periods.Count + Continuations.Count + Reviews.Count + Health.Count + Contacts.Count + Adoptions.Count + Missing.Count + SocialWorkers.Count + Orders.Count > 0
        || NewProfile is not null || ProfileChanged;

    public async Task AddToAsync(HearthDbContext db, CancellationToken ct)
    {
        foreach (var (heldId, later) in Continuations)
        {
            await Ssda903PeriodContinuation.MergeAsync(db, heldId, later, ct);
        }
        db.CarePeriods.AddRange(Periods);
        db.LookedAfterReviews.AddRange(Reviews);
        db.HealthEntries.AddRange(Health);
        db.CareLeaverContacts.AddRange(Contacts);
        db.AdoptionDecisions.AddRange(Adoptions);
        db.MissingEpisodes.AddRange(Missing);
        db.SocialWorkerEpisodes.AddRange(SocialWorkers);
        db.DeprivationOfLibertyOrders.AddRange(Orders);
        if (NewProfile is not null)
        {
            db.LookedAfterChildProfiles.Add(NewProfile);
        }
    }

    public IReadOnlyList<string> Changes()
    {
        var changes = new List<string>();
        void Count(int n, string what)
        {
            if (n > 0)
            {
                changes.Add($"{n} {what}");
            }
        }
        Count(Periods.Count, "period(s) of care");
        Count(Continuations.Count, "period(s) of care carried on from one held");
        Count(Periods.Sum(p => p.LegalStatuses.Count), "legal status(es)");
        Count(Periods.Sum(p => p.Placements.Count), "placement(s)");
        Count(Reviews.Count, "review(s)");
        Count(Health.Count, "health entry(ies)");
        Count(Contacts.Count, "care leaver contact(s)");
        Count(Adoptions.Count, "adoption decision(s)");
        Count(Missing.Count, "missing episode(s)");
        Count(SocialWorkers.Count, "social worker episode(s)");
        Count(Orders.Count, "deprivation of liberty order(s)");
        if (NewProfile is not null)
        {
            changes.Add("looked-after profile");
        }
        Count(AlreadyHeld, "item(s) already held");
        return changes;
    }
}

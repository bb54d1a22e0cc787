using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.Returns.CinCensus;

internal sealed class CensusQueryExplanationConfiguration : IEntityTypeConfiguration<CensusQueryExplanation>
{
    public void Configure(EntityTypeBuilder<CensusQueryExplanation> e)
    {
        e.ToTable("census_query_explanations");
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.RuleCode).HasMaxLength(8);
        e.Property(x => x.Table).HasMaxLength(40);
        e.Property(x => x.Field).HasMaxLength(40);
        e.Property(x => x.Value).HasMaxLength(200);
        e.Property(x => x.Reason).HasMaxLength(CensusQueryExplanation.MaxReason);
        e.Property(x => x.ExplainedByName).HasMaxLength(200);
        e.HasOne<People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

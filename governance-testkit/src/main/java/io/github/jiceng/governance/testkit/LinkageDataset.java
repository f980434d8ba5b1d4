package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.linkage.charity.CommunityFund;
import io.github.jiceng.governance.core.linkage.charity.FoundationAccounts;
import io.github.jiceng.governance.core.linkage.charity.FundraisingCampaign;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.core.linkage.volunteer.Volunteer;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerEngagement;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerServiceLog;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A generated five-society linkage dataset (五社联动数据集): the records of the five actors of one district and the
 * linkage projects that link them, consistent with each other. {@link #records()} lists them all, with the
 * volunteers' service logs, ready for a validator and its record lookup.
 */
public final class LinkageDataset {
  private final List<CommunityCommittee> committees;
  private final List<SocialOrganisation> organisations;
  private final List<SocialWorker> workers;
  private final List<Volunteer> volunteers;
  private final List<ServiceRecord> serviceRecords;
  private final List<VolunteerEngagement> engagements;
  private final List<CommunityFund> funds;
  private final List<FundraisingCampaign> campaigns;
  private final List<FoundationAccounts> accounts;
  private final List<LinkageProject> projects;

  private LinkageDataset(Builder builder) {
    this.committees = List.copyOf(builder.committees);
    this.organisations = List.copyOf(builder.organisations);
    this.workers = List.copyOf(builder.workers);
    this.volunteers = List.copyOf(builder.volunteers);
    this.serviceRecords = List.copyOf(builder.serviceRecords);
    this.engagements = List.copyOf(builder.engagements);
    this.funds = List.copyOf(builder.funds);
    this.campaigns = List.copyOf(builder.campaigns);
    this.accounts = List.copyOf(builder.accounts);
    this.projects = List.copyOf(builder.projects);
  }

  /**
   * Returns the community committees.
   *
   * @return the committees
   */
  public List<CommunityCommittee> committees() {
    return committees;
  }

  /**
   * Returns the social organisations, including the charity that holds the community funds.
   *
   * @return the organisations
   */
  public List<SocialOrganisation> organisations() {
    return organisations;
  }

  /**
   * Returns the social workers.
   *
   * @return the workers
   */
  public List<SocialWorker> workers() {
    return workers;
  }

  /**
   * Returns the registered volunteers.
   *
   * @return the volunteers
   */
  public List<Volunteer> volunteers() {
    return volunteers;
  }

  /**
   * Returns the volunteer service records.
   *
   * @return the records
   */
  public List<ServiceRecord> serviceRecords() {
    return serviceRecords;
  }

  /**
   * Returns the volunteer engagements.
   *
   * @return the engagements
   */
  public List<VolunteerEngagement> engagements() {
    return engagements;
  }

  /**
   * Returns the community funds.
   *
   * @return the funds
   */
  public List<CommunityFund> funds() {
    return funds;
  }

  /**
   * Returns the fundraising campaigns.
   *
   * @return the campaigns
   */
  public List<FundraisingCampaign> campaigns() {
    return campaigns;
  }

  /**
   * Returns the foundations' annual accounts.
   *
   * @return the accounts
   */
  public List<FoundationAccounts> accounts() {
    return accounts;
  }

  /**
   * Returns the linkage projects.
   *
   * @return the projects
   */
  public List<LinkageProject> projects() {
    return projects;
  }

  /**
   * Returns the volunteers' service logs built from the service records ({@link VolunteerServiceLog#byVolunteer}).
   *
   * @return one log per volunteer with records
   */
  public List<VolunteerServiceLog> logs() {
    return VolunteerServiceLog.byVolunteer(serviceRecords);
  }

  /**
   * Returns every record: committees, organisations, workers, volunteers, service records, engagements, funds,
   * campaigns, accounts, projects, then the logs.
   *
   * @return an immutable list of the records
   */
  public List<Object> records() {
    List<Object> all = new ArrayList<>();
    all.addAll(committees);
    all.addAll(organisations);
    all.addAll(workers);
    all.addAll(volunteers);
    all.addAll(serviceRecords);
    all.addAll(engagements);
    all.addAll(funds);
    all.addAll(campaigns);
    all.addAll(accounts);
    all.addAll(projects);
    all.addAll(logs());
    return Collections.unmodifiableList(all);
  }

  /** Returns a builder with this dataset's records, to change some. */
  Builder toBuilder() {
    Builder builder = new Builder();
    builder.committees.addAll(committees);
    builder.organisations.addAll(organisations);
    builder.workers.addAll(workers);
    builder.volunteers.addAll(volunteers);
    builder.serviceRecords.addAll(serviceRecords);
    builder.engagements.addAll(engagements);
    builder.funds.addAll(funds);
    builder.campaigns.addAll(campaigns);
    builder.accounts.addAll(accounts);
    builder.projects.addAll(projects);
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LinkageDataset && records().equals(((LinkageDataset) other).records());
  }

  @Override
  public int hashCode() {
    return Objects.hash(committees, organisations, workers, volunteers, serviceRecords, engagements, funds,
        campaigns, accounts, projects);
  }

  /** Returns the numbers of records, for example {@code "LinkageDataset[3 projects, 3 committees, ...]"}. */
  @Override
  public String toString() {
    return "LinkageDataset[" + projects.size() + " projects, " + committees.size() + " committees, "
        + organisations.size() + " organisations, " + workers.size() + " social workers, " + volunteers.size()
        + " volunteers, " + serviceRecords.size() + " service records, " + funds.size() + " funds, "
        + campaigns.size() + " campaigns]";
  }

  /** Collects records; lists are mutable until {@link #build()}. */
  static final class Builder {
    final List<CommunityCommittee> committees = new ArrayList<>();
    final List<SocialOrganisation> organisations = new ArrayList<>();
    final List<SocialWorker> workers = new ArrayList<>();
    final List<Volunteer> volunteers = new ArrayList<>();
    final List<ServiceRecord> serviceRecords = new ArrayList<>();
    final List<VolunteerEngagement> engagements = new ArrayList<>();
    final List<CommunityFund> funds = new ArrayList<>();
    final List<FundraisingCampaign> campaigns = new ArrayList<>();
    final List<FoundationAccounts> accounts = new ArrayList<>();
    final List<LinkageProject> projects = new ArrayList<>();

    /** Replaces the element at an index of a list by a function of it. */
    static <T> void replace(List<T> list, int index, UnaryOperator<T> change) {
      list.set(index, change.apply(list.get(index)));
    }

    LinkageDataset build() {
      return new LinkageDataset(this);
    }
  }
}

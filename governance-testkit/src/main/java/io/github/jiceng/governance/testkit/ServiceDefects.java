package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.worker.ImmutableSocialWorker;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.service.ImmutableGuidanceCentre;
import io.github.jiceng.governance.core.service.ImmutablePremises;
import io.github.jiceng.governance.core.service.ImmutableServiceDelivery;
import io.github.jiceng.governance.core.service.ImmutableSocialWorkRoom;
import io.github.jiceng.governance.core.service.ImmutableSocialWorkStation;
import io.github.jiceng.governance.core.service.Operator;
import io.github.jiceng.governance.core.service.ServiceDelivery;
import io.github.jiceng.governance.core.service.ServiceFunding;
import io.github.jiceng.governance.core.service.SocialWorkRoom;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.core.service.UnitRecord;
import io.github.jiceng.governance.core.territory.ImmutableTownship;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** Plants one {@link ServiceDefect} in a consistent dataset. */
final class ServiceDefects {
  private ServiceDefects() {
  }

  static DefectiveService plant(ServiceDataset.Builder data, ServiceDefect defect, SplittableRandom random) {
    Territory territory = Territory.of(data.territory);
    PlaceNames names = new PlaceNames(random);
    switch (defect) {
      case TOWNSHIP_WITHOUT_STATION: {
        DivisionCode code = pick(ServiceGenerators.unusedCodes(territory, data.district, 100, 199, true), random);
        data.territory.add(Township.of(code, names.next("镇")));
        return done(data, defect, code.value(), "township " + code + " added without a station");
      }
      case SECOND_STATION: {
        SocialWorkStation first = pick(data.stations, random);
        ServiceGenerators.addStation(data, first.territoryCode(), names.next("第二社工站"), data.day.minusYears(3),
            2, 2, random);
        return done(data, defect, first.territoryCode().value(), "second station in " + first.territoryCode());
      }
      case SECOND_ROOM: {
        SocialWorkRoom room = pick(data.rooms, random);
        data.rooms.add(ImmutableSocialWorkRoom.copyOf(room).withId(room.id() + "-B").withName(room.name() + "二室"));
        return done(data, defect, room.territoryCode().value(), "second room in " + room.territoryCode());
      }
      case CENTRE_CLOSED: {
        data.centres.set(0, ImmutableGuidanceCentre.copyOf(data.centres.get(0)).withClosedOn(data.day.minusMonths(1)));
        return done(data, defect, data.district.value(), "centre closed on " + data.day.minusMonths(1));
      }
      case SECOND_CENTRE: {
        data.centres.add(ImmutableGuidanceCentre.copyOf(data.centres.get(0)).withId(data.centres.get(0).id() + "-B"));
        return done(data, defect, data.district.value(), "second guidance centre");
      }
      case ORGANISATIONS_BELOW_TARGET: {
        List<SocialOrganisation> community = data.organisations.stream().filter(SocialOrganisation::communityBased)
            .collect(Collectors.toList());
        SocialOrganisation removed = pick(community, random);
        data.organisations.remove(removed);
        return done(data, defect, data.district.value(), "community organisation " + removed.id() + " removed");
      }
      case STATION_TOWNSHIP_UNKNOWN: {
        DivisionCode code = pick(ServiceGenerators.unusedCodes(territory, data.district, 100, 199, true), random);
        SocialWorkStation station = ServiceGenerators.addStation(data, code, names.next("社工站"),
            data.day.minusYears(3), 2, 2, random);
        return done(data, defect, station.id(), "station " + station.id() + " in township " + code
            + ", which is not in the territory");
      }
      case STATION_NO_CERTIFIED_WORKER: {
        SocialWorkStation station = pick(data.stations, random);
        data.workers.replaceAll(w -> w.employer().equals(station.actorRef())
            ? ImmutableSocialWorker.copyOf(w).withQualifications(List.of()) : w);
        return done(data, defect, station.id(), "every worker of " + station.id() + " uncertified");
      }
      case STATION_UNDERSTAFFED: {
        SocialWorkStation station = pick(data.stations, random);
        staff(data, station, 1, 1, random);
        return done(data, defect, station.id(), "station " + station.id() + " left with 1 certified worker");
      }
      case STATION_CERTIFIED_SHARE_LOW: {
        SocialWorkStation station = pick(data.stations, random);
        staff(data, station, 4, 2, random);
        return done(data, defect, station.id(), "station " + station.id() + " with 2 certified of 4 workers");
      }
      case STATION_EQUIPMENT_LOW: {
        int index = random.nextInt(data.stations.size());
        SocialWorkStation station = data.stations.get(index);
        data.stations.set(index, ImmutableSocialWorkStation.copyOf(station).withPremises(
            ImmutablePremises.copyOf(station.premises().orElseThrow()).withEquipmentValue(new BigDecimal("30000"))));
        return done(data, defect, station.id(), "station " + station.id() + " with 30000 yuan of equipment");
      }
      case STATION_UNDERFUNDED: {
        SocialWorkStation station = pick(data.stations, random);
        data.unitRecords.removeIf(r -> r instanceof ServiceFunding && r.unitId().equals(station.id()));
        return done(data, defect, station.id(), "station " + station.id() + " without funding");
      }
      case ROOM_WITHOUT_STATION:
        return roomWithoutStation(data, territory, names, random);
      case ROOM_VILLAGE_UNKNOWN: {
        SocialWorkStation station = pick(data.stations, random);
        DivisionCode code = pick(ServiceGenerators.unusedCodes(territory, station.territoryCode(), 200, 399, false),
            random);
        SocialWorkRoom room = SocialWorkRoom.builder().id("RM-" + code.value()).name(names.next("村社工室"))
            .territoryCode(code).openedOn(data.day.minusYears(1)).build();
        data.rooms.add(room);
        return done(data, defect, room.id(), "room " + room.id() + " in village " + code
            + ", which is not in the territory");
      }
      case OPERATOR_MISSING: {
        int index = random.nextInt(data.stations.size());
        SocialWorkStation station = data.stations.get(index);
        data.stations.set(index, ImmutableSocialWorkStation.copyOf(station)
            .withOperator(Operator.purchasedFrom(ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-NONE"))));
        return done(data, defect, station.id(), "station " + station.id() + " run by ORG-NONE");
      }
      case RECORD_UNIT_MISSING: {
        int index = randomDelivery(data, random);
        ServiceDelivery delivery = (ServiceDelivery) data.unitRecords.get(index);
        data.unitRecords.set(index, ImmutableServiceDelivery.copyOf(delivery).withUnitId("ST-NONE"));
        return done(data, defect, delivery.id(), "service record " + delivery.id() + " of unit ST-NONE");
      }
      default: {
        int index = randomDelivery(data, random);
        ServiceDelivery delivery = (ServiceDelivery) data.unitRecords.get(index);
        LocalDate opened = data.stations.stream().filter(s -> s.id().equals(delivery.unitId())).findFirst()
            .orElseThrow().openedOn();
        data.unitRecords.set(index, ImmutableServiceDelivery.copyOf(delivery).withDate(opened.minusDays(1)));
        return done(data, defect, delivery.id(), "service record " + delivery.id() + " dated the day before "
            + delivery.unitId() + " opened on " + opened);
      }
    }
  }

  /** A village of a township that was abolished, with its organisations and a room: no station above the room. */
  private static DefectiveService roomWithoutStation(ServiceDataset.Builder data, Territory territory,
      PlaceNames names, SplittableRandom random) {
    DivisionCode township = pick(ServiceGenerators.unusedCodes(territory, data.district, 200, 299, true), random);
    data.territory.add(ImmutableTownship.copyOf(Township.of(township, names.next("乡")))
        .withAbolished(data.day.minusYears(1)));
    DivisionCode villageCode = DivisionCode.parse(township.value().substring(0, 9) + "201");
    Village village = Village.of(villageCode, names.next("村"));
    data.territory.add(village);
    for (int k = 1; k <= 5; k++) {
      data.organisations.add(ServiceGenerators.communityOrganisation("ORG-C" + villageCode.value() + "-" + k,
          villageCode, names, data.day, random));
    }
    SocialWorkRoom room = SocialWorkRoom.builder().id("RM-" + villageCode.value()).name(village.name() + "社会工作室")
        .territoryCode(villageCode).openedOn(data.day.minusMonths(6)).build();
    data.rooms.add(room);
    return done(data, ServiceDefect.ROOM_WITHOUT_STATION, room.id(), "room " + room.id() + " in village "
        + villageCode + " of township " + township.ancestorAt(DivisionLevel.TOWNSHIP)
        + ", abolished on " + data.day.minusYears(1) + " without a station");
  }

  /** Replaces a station's workers by {@code staff} workers of whom {@code certified} are certified. */
  private static void staff(ServiceDataset.Builder data, SocialWorkStation station, int staff, int certified,
      SplittableRandom random) {
    data.workers.removeIf(w -> w.employer().equals(station.actorRef()));
    for (int k = 1; k <= staff; k++) {
      SocialWorker worker = ServiceGenerators.worker(station.id() + "-W" + k, station.actorRef(), k <= certified,
          station.openedOn(), random);
      data.workers.add(worker);
    }
  }

  private static int randomDelivery(ServiceDataset.Builder data, SplittableRandom random) {
    List<Integer> indexes = new java.util.ArrayList<>();
    for (int i = 0; i < data.unitRecords.size(); i++) {
      UnitRecord record = data.unitRecords.get(i);
      if (record instanceof ServiceDelivery) {
        indexes.add(i);
      }
    }
    return pick(indexes, random);
  }

  private static <T> T pick(List<T> list, SplittableRandom random) {
    if (list.isEmpty()) {
      throw new IllegalArgumentException("the shape leaves nothing to plant the defect in");
    }
    return list.get(random.nextInt(list.size()));
  }

  private static DefectiveService done(ServiceDataset.Builder data, ServiceDefect defect, String subjectId,
      String description) {
    return DefectiveService.of(data.build(), defect, subjectId, description);
  }
}

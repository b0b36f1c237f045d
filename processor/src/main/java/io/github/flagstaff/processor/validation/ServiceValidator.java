package io.github.flagstaff.processor.validation;

import io.github.flagstaff.processor.model.ManagerModel;
import io.github.flagstaff.processor.model.RecordModel;
import io.github.flagstaff.processor.model.RpcMethodModel;
import io.github.flagstaff.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks {@code @ServiceManager} classes and {@code @PeriodicTask} methods, then the topics they
 * form: one default manager per topic, one binary per topic, and no two topics sharing a binary or
 * a generated main class.
 */
public final class ServiceValidator {

  private final Elements elements;
  private final ErrorReporter errors;
  private final TaskValidator tasks;
  private final RpcValidator rpcs;
  private final ManagerValidator managers;
  private final Binaries binaries;

  public ServiceValidator(Elements elements, Types types, ErrorReporter errors, Binaries binaries) {
    this.elements = elements;
    this.errors = errors;
    this.binaries = binaries;
    this.tasks = new TaskValidator(elements, errors);
    this.rpcs = new RpcValidator(elements, errors);
    this.managers = new ManagerValidator(elements, types, errors, tasks, rpcs);
  }

  /** Checks a {@code @PeriodicTask} method on its own, wherever it is declared. */
  public void checkTask(ExecutableElement method) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (!managers.isManager(owner)) {
      errors.error(method, "@PeriodicTask methods belong in a subclass of " + RuntimeTypes.MANAGER);
      return;
    }
    tasks.validate(method);
  }

  /** Checks an {@code @Rpc} method on its own, wherever it is declared. */
  public void checkRpc(ExecutableElement method) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (!managers.isManager(owner)) {
      errors.error(
          method,
          "@Rpc methods belong in a @ServiceManager class (a subclass of "
              + RuntimeTypes.MANAGER
              + ")");
      return;
    }
    rpcs.validate(method);
  }

  /** Every record used in an {@code @Rpc} signature so far, each once. */
  public List<RecordModel> records() {
    return rpcs.records();
  }

  /**
   * The services that {@code managerTypes} form, each checked; topics with errors are left out.
   *
   * @param origins filled with the manager class behind each manager model
   */
  public List<ServiceModel> validate(
      List<TypeElement> managerTypes, Map<ManagerModel, TypeElement> origins) {
    Map<String, List<ManagerModel>> byTopic = new LinkedHashMap<>();
    Map<ManagerModel, AnnotationReader> annotations = new HashMap<>();
    for (TypeElement type : managerTypes) {
      AnnotationReader annotation =
          AnnotationReader.find(type, AnnotationReader.SERVICE_MANAGER, elements);
      managers
          .validate(type, annotation)
          .ifPresent(
              model -> {
                origins.put(model, type);
                annotations.put(model, annotation);
                byTopic.computeIfAbsent(model.topic(), t -> new ArrayList<>()).add(model);
              });
    }
    List<ServiceModel> services = new ArrayList<>();
    for (Map.Entry<String, List<ManagerModel>> topic : byTopic.entrySet()) {
      service(topic.getKey(), topic.getValue(), origins, annotations).ifPresent(services::add);
    }
    return services;
  }

  private Optional<ServiceModel> service(
      String topic,
      List<ManagerModel> topicManagers,
      Map<ManagerModel, TypeElement> origins,
      Map<ManagerModel, AnnotationReader> annotations) {
    int errorsBefore = errors.errorCount();
    ManagerModel defaultManager = defaultManager(topic, topicManagers, origins, annotations);
    String binary = null;
    ManagerModel binarySetter = null;
    for (ManagerModel manager : topicManagers) {
      AnnotationReader annotation = annotations.get(manager);
      String written = annotation.string("binary");
      if (written.isEmpty()) {
        continue;
      }
      if (!Binaries.SYNTAX.matcher(written).matches()) {
        errors.error(
            origins.get(manager),
            annotation.mirror(),
            annotation.written("binary"),
            "binary '" + written + "' must match " + Binaries.SYNTAX.pattern());
      } else if (binary != null && !binary.equals(written)) {
        errors.error(
            origins.get(manager),
            annotation.mirror(),
            annotation.written("binary"),
            "managers of topic '"
                + topic
                + "' disagree on the binary: '"
                + binary
                + "' ("
                + binarySetter.type()
                + ") and '"
                + written
                + "'");
      } else {
        binary = written;
        binarySetter = manager;
      }
    }
    checkRpcSignaturesAgree(topic, topicManagers, origins);
    if (defaultManager == null || errors.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    ServiceModel service =
        new ServiceModel(
            topic, binary != null ? binary : "nova-" + topic, defaultManager, topicManagers);
    return checkUnique(service, origins, annotations);
  }

  /** The topic's client has one method per name, so managers must agree on each signature. */
  private void checkRpcSignaturesAgree(
      String topic, List<ManagerModel> topicManagers, Map<ManagerModel, TypeElement> origins) {
    Map<String, ManagerModel> firstWith = new HashMap<>();
    for (ManagerModel manager : topicManagers) {
      for (RpcMethodModel method : manager.rpcMethods()) {
        ManagerModel first = firstWith.putIfAbsent(method.wireName(), manager);
        if (first == null) {
          continue;
        }
        RpcMethodModel earlier =
            first.rpcMethods().stream()
                .filter(m -> m.wireName().equals(method.wireName()))
                .findFirst()
                .orElseThrow();
        if (earlier.sameSignatureAs(method)) {
          checkVersionsAgree(topic, first, earlier, manager, method, origins);
        } else {
          errors.error(
              managers.rpcElement(origins.get(manager), method.methodName()),
              "@Rpc method "
                  + method.wireName()
                  + " of "
                  + manager.type()
                  + " differs from the one of "
                  + first.type()
                  + "; managers of topic '"
                  + topic
                  + "' share one client, so they must agree");
        }
      }
    }
  }

  /** The client sends one version and namespace per method, so managers must agree on them. */
  private void checkVersionsAgree(
      String topic,
      ManagerModel first,
      RpcMethodModel earlier,
      ManagerModel manager,
      RpcMethodModel method,
      Map<ManagerModel, TypeElement> origins) {
    String attribute;
    String was;
    String is;
    if (!earlier.since().equals(method.since())) {
      attribute = "since";
      was = "since " + earlier.since();
      is = "since " + method.since();
    } else if (!Objects.equals(earlier.namespace(), method.namespace())) {
      attribute = "namespace";
      was = namespace(earlier);
      is = namespace(method);
    } else {
      return;
    }
    Element element = managers.rpcElement(origins.get(manager), method.methodName());
    AnnotationReader rpc = AnnotationReader.find(element, AnnotationReader.RPC, elements);
    errors.error(
        element,
        rpc.mirror(),
        rpc.written(attribute),
        "@Rpc method "
            + method.wireName()
            + " of "
            + manager.type()
            + " is "
            + is
            + " but "
            + was
            + " in "
            + first.type()
            + "; managers of topic '"
            + topic
            + "' share one client, which sends one version and namespace per method");
  }

  private static String namespace(RpcMethodModel method) {
    return method.namespace() == null
        ? "in no namespace"
        : "in namespace '" + method.namespace() + "'";
  }

  private ManagerModel defaultManager(
      String topic,
      List<ManagerModel> topicManagers,
      Map<ManagerModel, TypeElement> origins,
      Map<ManagerModel, AnnotationReader> annotations) {
    if (topicManagers.size() == 1) {
      return topicManagers.get(0);
    }
    List<ManagerModel> defaults = topicManagers.stream().filter(ManagerModel::isDefault).toList();
    if (defaults.isEmpty()) {
      String names =
          topicManagers.stream().map(m -> m.type().toString()).collect(Collectors.joining(", "));
      for (ManagerModel manager : topicManagers) {
        AnnotationReader annotation = annotations.get(manager);
        errors.error(
            origins.get(manager),
            annotation.mirror(),
            annotation.written("topic"),
            "topic '"
                + topic
                + "' has several managers ("
                + names
                + ") and none is marked isDefault = true");
      }
      return null;
    }
    for (ManagerModel extra : defaults.subList(1, defaults.size())) {
      AnnotationReader annotation = annotations.get(extra);
      errors.error(
          origins.get(extra),
          annotation.mirror(),
          annotation.written("isDefault"),
          "topic '"
              + topic
              + "' has two default managers: "
              + defaults.get(0).type()
              + " and "
              + extra.type());
    }
    return defaults.size() == 1 ? defaults.get(0) : null;
  }

  private Optional<ServiceModel> checkUnique(
      ServiceModel service,
      Map<ManagerModel, TypeElement> origins,
      Map<ManagerModel, AnnotationReader> annotations) {
    Element at = origins.get(service.defaultManager());
    AnnotationReader annotation = annotations.get(service.defaultManager());
    String clash =
        binaries.take(service.binary(), service.mainName(), "topic '" + service.topic() + "'");
    if (clash != null) {
      errors.error(at, annotation.mirror(), written(annotation), clash);
      return Optional.empty();
    }
    return Optional.of(service);
  }

  /**
   * Reports each service whose {@code <topic>_manager} flag name, or whose client's {@code
   * upgrade_levels_<topic>}, is taken by another flag, and claims the names for the others.
   *
   * @return the services whose flags are free
   */
  public List<ServiceModel> checkManagerFlags(
      List<ServiceModel> services, FlagSetValidator flags, Map<ManagerModel, TypeElement> origins) {
    List<ServiceModel> free = new ArrayList<>();
    for (ServiceModel service : services) {
      String managerHolder = flags.holderOf(service.managerFlag());
      String capHolder =
          service.rpcMethods().isEmpty() ? null : flags.holderOf(service.upgradeLevelsFlag());
      if (managerHolder == null && capHolder == null) {
        flags.claimGenerated(service.managerFlag(), service.mainName().canonicalName());
        if (!service.rpcMethods().isEmpty()) {
          flags.claimGenerated(service.upgradeLevelsFlag(), service.clientName().canonicalName());
        }
        free.add(service);
        continue;
      }
      TypeElement at = origins.get(service.defaultManager());
      AnnotationReader annotation =
          AnnotationReader.find(at, AnnotationReader.SERVICE_MANAGER, elements);
      errors.error(
          at,
          annotation.mirror(),
          annotation.written("topic"),
          managerHolder != null
              ? "flag --"
                  + service.managerFlag()
                  + ", which "
                  + service.binary()
                  + " needs to choose its manager, is taken by "
                  + managerHolder
              : "flag --"
                  + service.upgradeLevelsFlag()
                  + ", which "
                  + service.clientName().simpleName()
                  + " needs for its version cap, is taken by "
                  + capHolder);
    }
    return free;
  }

  private static AnnotationValue written(AnnotationReader annotation) {
    AnnotationValue binary = annotation.written("binary");
    return binary != null ? binary : annotation.written("topic");
  }
}

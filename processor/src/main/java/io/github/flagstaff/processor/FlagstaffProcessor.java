package io.github.flagstaff.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import io.github.flagstaff.Flag;
import io.github.flagstaff.PeriodicTask;
import io.github.flagstaff.Rpc;
import io.github.flagstaff.ServiceManager;
import io.github.flagstaff.processor.model.FlagIndexModel;
import io.github.flagstaff.processor.model.FlagSetModel;
import io.github.flagstaff.processor.model.ManagerModel;
import io.github.flagstaff.processor.model.RecordModel;
import io.github.flagstaff.processor.model.ServiceIndexModel;
import io.github.flagstaff.processor.model.ServiceModel;
import io.github.flagstaff.processor.validation.ErrorReporter;
import io.github.flagstaff.processor.validation.FlagSetValidator;
import io.github.flagstaff.processor.validation.IndexNamer;
import io.github.flagstaff.processor.validation.ServiceValidator;
import io.github.flagstaff.processor.writing.FlagSetWriter;
import io.github.flagstaff.processor.writing.IndexWriter;
import io.github.flagstaff.processor.writing.RpcWriter;
import io.github.flagstaff.processor.writing.ServiceWriter;
import io.github.flagstaff.processor.writing.SourceFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Validates {@code @Flag}, {@code @ServiceManager} and {@code @PeriodicTask} declarations and
 * generates: for each flag set, its descriptor table and typed view; for each manager, a factory;
 * for each topic, the flag set declaring {@code <topic>_manager} and the {@code Nova<Topic>Main}
 * class; for the module, a flag index and a service index registered for {@link
 * java.util.ServiceLoader}.
 *
 * <p>Each round validates what it finds and writes it. The flag set of a topic's manager flag is
 * itself generated, so it is processed in the next round; an index is written in the first round
 * that finds nothing new of its kind.
 */
@AutoService(Processor.class)
public final class FlagstaffProcessor extends AbstractProcessor {
  private ErrorReporter errors;
  private FlagSetValidator flagSets;
  private ServiceValidator services;
  private FlagSetWriter flagSetWriter;
  private ServiceWriter serviceWriter;
  private IndexWriter indexWriter;
  private RpcWriter rpcWriter;
  private final Set<RecordModel> writtenCodecs = new HashSet<>();
  private final Pending<FlagSetModel> flagIndex = new Pending<>();
  private final Pending<ServiceModel> serviceIndex = new Pending<>();

  /** What an index will list, with the elements it comes from. */
  private final class Pending<T> {
    final List<T> entries = new ArrayList<>();
    final List<Element> origins = new ArrayList<>();
    boolean unwritten;

    void add(T entry, List<? extends Element> from) {
      entries.add(entry);
      origins.addAll(from);
      unwritten = true;
    }

    /** Writes the index with {@code writer} if entries came since it was last written. */
    void flush(Consumer<List<T>> writer) {
      if (unwritten) {
        unwritten = false;
        guard(origins.get(0), () -> writer.accept(entries));
      }
    }
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    errors = new ErrorReporter(env.getMessager());
    flagSets = new FlagSetValidator(env.getElementUtils(), errors);
    services = new ServiceValidator(env.getElementUtils(), env.getTypeUtils(), errors);
    SourceFiles files = new SourceFiles(env.getFiler());
    flagSetWriter = new FlagSetWriter(files);
    serviceWriter = new ServiceWriter(files);
    indexWriter = new IndexWriter(files);
    rpcWriter = new RpcWriter(files);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        Flag.class.getCanonicalName(),
        ServiceManager.class.getCanonicalName(),
        PeriodicTask.class.getCanonicalName(),
        Rpc.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      return false;
    }
    Set<TypeElement> flagSetTypes = flagSetTypes(round);
    List<TypeElement> managerTypes =
        new ArrayList<>(
            ElementFilter.typesIn(round.getElementsAnnotatedWith(ServiceManager.class)));
    for (ExecutableElement task :
        ElementFilter.methodsIn(round.getElementsAnnotatedWith(PeriodicTask.class))) {
      guard(task, () -> services.checkTask(task));
    }
    for (ExecutableElement rpc :
        ElementFilter.methodsIn(round.getElementsAnnotatedWith(Rpc.class))) {
      guard(rpc, () -> services.checkRpc(rpc));
    }
    Map<ManagerModel, TypeElement> managerOrigins = new HashMap<>();
    List<ServiceModel> found = new ArrayList<>();
    guard(
        managerTypes.isEmpty() ? null : managerTypes.get(0),
        () -> found.addAll(services.validate(managerTypes, managerOrigins)));

    Set<String> ownSets = new LinkedHashSet<>();
    flagSetTypes.forEach(type -> ownSets.add(type.getQualifiedName().toString()));
    found.forEach(service -> ownSets.add(service.flagSetName().canonicalName()));
    flagSets.claimClasspath(ownSets);
    for (TypeElement type : flagSetTypes) {
      guard(type, () -> flagSets.validate(type).ifPresent(set -> generate(set, type)));
    }
    for (ServiceModel service : services.checkManagerFlags(found, flagSets, managerOrigins)) {
      List<TypeElement> origins = service.managers().stream().map(managerOrigins::get).toList();
      guard(origins.get(0), () -> generate(service, origins));
    }
    writeIndexes(flagSetTypes.isEmpty(), managerTypes.isEmpty());
    return false;
  }

  private Set<TypeElement> flagSetTypes(RoundEnvironment round) {
    Set<TypeElement> types = new LinkedHashSet<>();
    for (Element method : round.getElementsAnnotatedWith(Flag.class)) {
      guard(
          method,
          () -> {
            if (flagSets.checkEnclosedByInterface(method)) {
              types.add((TypeElement) method.getEnclosingElement());
            }
          });
    }
    return types;
  }

  private void generate(FlagSetModel set, TypeElement type) {
    flagSetWriter.write(set, type);
    flagIndex.add(set, List.of(type));
  }

  private void generate(ServiceModel service, List<TypeElement> origins) {
    for (int i = 0; i < service.managers().size(); i++) {
      ManagerModel manager = service.managers().get(i);
      serviceWriter.writeFactory(manager, origins.get(i));
      if (!manager.rpcMethods().isEmpty()) {
        rpcWriter.writeDispatcher(manager, origins.get(i));
      }
    }
    if (!service.rpcMethods().isEmpty()) {
      rpcWriter.writeClient(service, origins);
    }
    for (RecordModel record : services.records()) {
      if (writtenCodecs.add(record)) {
        rpcWriter.writeCodec(record, origins);
      }
    }
    serviceWriter.writeService(service, origins);
    serviceIndex.add(service, origins);
  }

  private void writeIndexes(boolean noNewFlagSets, boolean noNewManagers) {
    if (noNewFlagSets) {
      flagIndex.flush(
          sets ->
              indexWriter.write(
                  new FlagIndexModel(
                      indexName("FlagIndex_", sets.stream().map(FlagSetModel::type).toList()),
                      sets),
                  flagIndex.origins));
    }
    if (noNewManagers) {
      serviceIndex.flush(
          list ->
              indexWriter.write(
                  new ServiceIndexModel(
                      indexName(
                          "ServiceIndex_", list.stream().map(ServiceModel::mainName).toList()),
                      list),
                  serviceIndex.origins));
    }
  }

  private ClassName indexName(String prefix, List<ClassName> listed) {
    return IndexNamer.name(
        processingEnv.getElementUtils(),
        prefix,
        listed.stream().map(ClassName::packageName).toList(),
        listed.stream().map(ClassName::canonicalName).toList());
  }

  /** Runs {@code work}, turning a failure of the processor into an error on {@code element}. */
  private void guard(Element element, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      if (element == null) {
        throw e;
      }
      errors.internalError(element, e);
    }
  }
}

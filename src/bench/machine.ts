/** The machine a benchmark ran on, printed with every result so figures are never read out of context. */
import { cpus, platform, release, totalmem, arch, loadavg } from 'node:os';

export type MachineInfo = {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  arch: string;
  /** 1-minute load average when the run started: other work on a shared machine skews timings. */
  loadAverage1m: number;
  network: 'loopback';
  tee: 'simulated (INSECURE)';
};

export function machineInfo(): MachineInfo {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    arch: arch(),
    loadAverage1m: Math.round(loadavg()[0]! * 100) / 100,
    network: 'loopback',
    tee: 'simulated (INSECURE)',
  };
}

export function describeMachine(machine: MachineInfo): string {
  return `${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node.js ${machine.node}, ${machine.os} (${machine.arch}), load ${machine.loadAverage1m} at start`;
}
